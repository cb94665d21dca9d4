using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/committee-seats?unionId=</c>: a union's committee as approved elections made it, the current seats first, then the history.</summary>
public sealed class GetCommittee(GonghuiDbContext db)
{
    public async Task<IReadOnlyList<CommitteeSeatDto>> HandleAsync(long unionId, CancellationToken ct) =>
        await db.Set<CommitteeSeat>().AsNoTracking().Where(s => s.UnionId == unionId)
            .OrderBy(s => s.ToOn != null).ThenByDescending(s => s.FromOn).ThenBy(s => s.Office).ThenBy(s => s.Id)
            .Select(s => new CommitteeSeatDto(s.Id, s.Office, s.MemberId, s.Name, s.ElectionId, s.FromOn, s.ToOn)).ToListAsync(ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (GetCommittee h, long unionId, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(unionId, ct)))
            .WithName("GetCommittee");
}
