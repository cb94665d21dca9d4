using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Home;

/// <summary><c>GET /api/v1/dashboard</c>: the counts on the home page, within the actor's scope.</summary>
public sealed class GetDashboard(GonghuiDbContext db)
{
    public sealed record Counts(int Unions, int AreaFederations, int IndustrialUnions, int GrassrootsUnions, int Enterprises, int CoveredEnterprises, int Members, int Users);

    public async Task<Counts> HandleAsync(CancellationToken ct)
    {
        var byKind = await db.Unions.AsNoTracking().GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(UnionKind k) => byKind.FirstOrDefault(x => x.Key == k)?.Count ?? 0;
        var users = await db.Users.CountAsync(u => u.UnionId == null ? db.Actor.SeesAllUnions : db.Unions.Any(x => x.Id == u.UnionId), ct);
        var enterprises = await db.Enterprises.CountAsync(ct);
        var covered = await db.Enterprises.CountAsync(e => e.UnionId != null, ct);
        var members = await db.Members.CountAsync(m => m.Status == Members.MemberStatus.Active, ct);
        return new Counts(byKind.Sum(x => x.Count), Of(UnionKind.AreaFederation), Of(UnionKind.IndustrialUnion), Of(UnionKind.GrassrootsUnion), enterprises, covered, members, users);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/dashboard", async (GetDashboard h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithTags("Home")
            .RequireAuthorization(Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("GetDashboard");
}
