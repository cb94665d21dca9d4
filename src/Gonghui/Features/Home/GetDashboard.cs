using Gonghui.Features.Coverage.Rules;
using Gonghui.Features.Enterprises;
using Gonghui.Features.Members;
using Gonghui.Features.Bargaining;
using Gonghui.Features.Organisation;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Home;

/// <summary>
/// <c>GET /api/v1/dashboard</c>: the figures on the home page, within the actor's scope — the organisation, coverage and
/// membership (R1), collective contracts in force today (R5/R6) and open warning cases by level (R15).
/// </summary>
public sealed class GetDashboard(GonghuiDbContext db, ScopedUnions scoped)
{
    /// <param name="UnionName">The union a union's staff see the figures of; null for the district's staff.</param>
    /// <param name="WorkingMembers">Active members working in the covered enterprises, against those enterprises' <paramref name="CoveredEmployees"/>.</param>
    public sealed record Counts(string? UnionName, int Unions, int AreaFederations, int IndustrialUnions, int GrassrootsUnions, int Enterprises, int CoveredEnterprises, int Members, int Users,
        long CoveredEmployees, long WorkingMembers, double? EnterpriseCoverageRate, double? MembershipRate, int ContractsInForce, IReadOnlyDictionary<WarningLevel, int> OpenWarningCases);

    public async Task<Counts> HandleAsync(CancellationToken ct)
    {
        var byKind = await db.Unions.AsNoTracking().GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(UnionKind k) => byKind.FirstOrDefault(x => x.Key == k)?.Count ?? 0;
        var users = await db.Users.CountAsync(u => u.UnionId == null ? db.Actor.SeesAllUnions : db.Set<Union>().Any(x => x.Id == u.UnionId), ct);
        var enterprises = await db.Enterprises.CountAsync(ct);
        var covered = await db.Enterprises.CountAsync(e => e.UnionId != null, ct);
        var members = await db.Members.CountAsync(m => m.Status == Members.MemberStatus.Active, ct);
        var working = await db.Enterprises.Where(e => e.UnionId != null).GroupBy(e => 1)
            .Select(g => new { Employees = g.Sum(e => (long)(e.Employees ?? 0)), Members = g.Sum(e => (long)e.ActiveMembers) }).SingleOrDefaultAsync(ct); // one group at most
        var today = LocalizationSetup.Today;
        var contracts = await db.Set<CollectiveContract>().CountAsync(c => c.SignedOn != null && c.EffectiveOn != null && c.EffectiveOn <= today && c.StartOn <= today && c.EndOn >= today, ct);
        var cases = await db.Set<WarningCase>().Where(c => c.Status == WarningCaseStatus.Open).GroupBy(c => c.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var unionName = db.Actor.SeesAllUnions ? null : await scoped.RootNameAsync(ct);
        return new Counts(unionName, byKind.Sum(x => x.Count), Of(UnionKind.AreaFederation), Of(UnionKind.IndustrialUnion), Of(UnionKind.GrassrootsUnion), enterprises, covered, members, users,
            working?.Employees ?? 0, working?.Members ?? 0, CoverageRates.EnterpriseCoverageRate(covered, enterprises),
            CoverageRates.MembershipRate(working?.Members ?? 0, working?.Employees ?? 0), contracts,
            Enum.GetValues<WarningLevel>().ToDictionary(l => l, l => cases.FirstOrDefault(c => c.Key == l)?.Count ?? 0));
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/dashboard", async (GetDashboard h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithTags("Home")
            .RequireAuthorization(Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("GetDashboard");
}
