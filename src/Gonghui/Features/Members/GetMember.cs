using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Members;

/// <summary><c>GET /api/v1/members/{id}[?reveal=true]</c>: one membership with the person's history across unions.</summary>
public sealed class GetMember(GonghuiDbContext db, PersonalDataProtector protector, PersonalDataReveal reveal)
{
    public sealed record HistoryEntry(long Id, long UnionId, string UnionName, MemberStatus Status, DateOnly? JoinedOn, DateOnly? EndedOn, string? EndReason);

    public sealed record Details(MemberDto Member, IReadOnlyList<HistoryEntry> History);

    public async Task<Outcome<Details>> HandleAsync(long id, bool revealAsked, CancellationToken ct)
    {
        var found = await db.Members.AsNoTracking().Where(m => m.Id == id).ToRow().FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Outcome.NotFound;
        }

        var row = (await db.NameWorkplacesAsync([found], ct))[0];

        if (revealAsked && !reveal.Allowed)
        {
            return Outcome.Forbidden;
        }

        // The person's other memberships: where and when only, wherever they were.
        var hash = await db.Members.AsNoTracking().Where(m => m.Id == id).Select(m => m.IdNumberHash).FirstAsync(ct);
        var history = await db.Members.AsNoTracking().IgnoreQueryFilters().Where(m => m.IdNumberHash == hash)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new HistoryEntry(m.Id, m.UnionId, m.Union!.Name, m.Status, m.JoinedOn, m.EndedOn, m.EndReason))
            .ToListAsync(ct);
        if (revealAsked)
        {
            await reveal.RecordAsync([row], ct);
        }

        return new Details(row.Open(protector, revealAsked), history);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, bool? reveal, GetMember h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, reveal == true, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetMember");
}
