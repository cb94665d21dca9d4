using Gonghui.Features.Members;
using Gonghui.Features.Organisation.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Organisation;

/// <summary>
/// <c>GET /api/v1/unions/grassroots-forms[?failing=true]</c> (L9): each grassroots union in scope with its form and active
/// members; 25 or more members need a union committee (in a joint union, 25 of one employer).
/// </summary>
public sealed class CheckGrassrootsForms(GonghuiDbContext db)
{
    /// <param name="LargestEmployer">The most active members of one employer in the union (a joint union is judged on it).</param>
    public sealed record Line(long UnionId, string Code, string Name, GrassrootsForm Form, int Members, int LargestEmployer, int Threshold, bool Met);

    public async Task<IReadOnlyList<Line>> HandleAsync(bool failingOnly, CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.GrassrootsUnion)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Form }).ToListAsync(ct);
        var ids = unions.Select(u => u.Id).ToList();
        var members = (await db.Members.AsNoTracking().Where(m => m.Status == Members.MemberStatus.Active && ids.Contains(m.UnionId))
                .GroupBy(m => new { m.UnionId, m.EnterpriseId }).Select(g => new { g.Key.UnionId, Count = g.Count() }).ToListAsync(ct))
            .ToLookup(x => x.UnionId, x => x.Count);
        return unions
            .Select(u =>
            {
                var verdict = GrassrootsFormRule.Evaluate(u.Form ?? GrassrootsForm.Committee, members[u.Id].ToList());
                return new Line(u.Id, u.Code, u.Name, verdict.Form, verdict.Members, verdict.LargestEmployer, verdict.Threshold, verdict.Met);
            })
            .Where(l => !failingOnly || !l.Met)
            .ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/grassroots-forms", async (CheckGrassrootsForms h, bool? failing, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(failing ?? false, ct)))
            .WithName("CheckGrassrootsForms");
}
