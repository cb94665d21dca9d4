using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Officers;

/// <summary>
/// <c>GET /api/v1/officers/postings?year=</c> (R18: officers trained, seconded, exchanged, selected): per industrial union
/// in the actor's scope, the year's trainings, secondments, exchanges and selections begun, and how many officers took part.
/// </summary>
public sealed class GetOfficerPostings(GonghuiDbContext db)
{
    public sealed record Line(long UnionId, string UnionName, IReadOnlyDictionary<PostingKind, int> Postings, int Officers);

    public async Task<IReadOnlyList<Line>> HandleAsync(int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var postings = await db.Set<OfficerPosting>().AsNoTracking().Where(p => p.StartOn >= from && p.StartOn <= to)
            .Join(db.Officers, p => p.OfficerId, o => o.Id, (p, o) => new { o.UnionId, OfficerId = o.Id, p.Kind })
            .ToListAsync(ct);
        return unions.Select(u =>
        {
            var own = postings.Where(p => p.UnionId == u.Id).ToList();
            return new Line(u.Id, u.Name, Enum.GetValues<PostingKind>().ToDictionary(k => k, k => own.Count(p => p.Kind == k)), own.Select(p => p.OfficerId).Distinct().Count());
        }).ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/postings", async (GetOfficerPostings h, int? year, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year ?? LocalizationSetup.Today.Year, ct)))
            .WithName("GetOfficerPostings");
}
