using Gonghui.Features.Members;
using Gonghui.Features.Organisation.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Organisation;

/// <summary>
/// <c>GET /api/v1/unions/grassroots-forms[?failing=true]</c> (L9): each grassroots union in scope with its form and active
/// members; 25 or more members need a union committee.
/// </summary>
public sealed class CheckGrassrootsForms(GonghuiDbContext db)
{
    public sealed record Line(long UnionId, string Code, string Name, GrassrootsForm Form, int Members, int Threshold, bool Met);

    public async Task<IReadOnlyList<Line>> HandleAsync(bool failingOnly, CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.GrassrootsUnion)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Form }).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().Where(m => m.Status == Members.MemberStatus.Active)
            .GroupBy(m => m.UnionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return unions
            .Select(u =>
            {
                var verdict = GrassrootsFormRule.Evaluate(u.Form ?? GrassrootsForm.Committee, members.GetValueOrDefault(u.Id));
                return new Line(u.Id, u.Code, u.Name, verdict.Form, verdict.Members, verdict.Threshold, verdict.Met);
            })
            .Where(l => !failingOnly || !l.Met)
            .ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/grassroots-forms", async (CheckGrassrootsForms h, bool? failing, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(failing ?? false, ct)))
            .WithName("CheckGrassrootsForms");
}
