using Gonghui.Features.Coverage.Rules;
using Gonghui.Features.Enterprises;
using System.Linq.Expressions;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Coverage;

public enum CoverageBy
{
    Industry,
    Size,
    SubDistrict,
}

/// <summary>
/// <c>GET /api/v1/coverage?by=industry|size|subDistrict</c> (R1): per group, enterprises and those a union covers, their
/// employees and the active members working there (of whichever union), with the two rates. Enterprises within the
/// actor's scope.
/// </summary>
public sealed class GetCoverage(GonghuiDbContext db, IStringLocalizer<SharedResource> t)
{
    /// <param name="Key">The group's code (<c>C</c>, <c>small</c>, the sub-district's name; empty when not recorded).</param>
    /// <param name="CoveredEmployees">The employees of the covered enterprises, <paramref name="CoveredMembers"/> their active members: the base of the membership rate.</param>
    public sealed record Group(string Key, string Label, int Enterprises, int CoveredEnterprises, long Employees, long Members, long CoveredEmployees, long CoveredMembers,
        double? EnterpriseCoverageRate, double? MembershipRate, double? OverallMembershipRate);

    public sealed record Result(CoverageBy By, IReadOnlyList<Group> Groups, Group Total);

    public async Task<Result> HandleAsync(CoverageBy by, CancellationToken ct)
    {
        // Each enterprise carries its count of active members (kept by triggers on members), so one grouped pass over the
        // enterprises answers it. The scope filter would join every enterprise to its union; the district needs no join.
        var enterprises = (db.Actor.SeesAllUnions ? db.Enterprises.IgnoreQueryFilters() : db.Enterprises).AsNoTracking();
        var sums = by switch
        {
            CoverageBy.Industry => Keyed(await SumAsync(enterprises, e => e.IndustrySection, ct), k => k),
            CoverageBy.Size => Keyed(await SumAsync(enterprises, e => e.SizeClass, ct), k => k is { } s ? EnumText.Of(s) : ""),
            _ => Keyed(await SumAsync(enterprises, e => e.SubDistrict, ct), k => k ?? ""),
        };
        var groups = sums
            .GroupBy(x => x.Key)
            .Select(g => Make(g.Key, Label(by, g.Key), g.Sum(x => x.Enterprises), g.Sum(x => x.Covered), g.Sum(x => x.Employees), g.Sum(x => x.Members), g.Sum(x => x.CoveredEmployees), g.Sum(x => x.CoveredMembers)))
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => by == CoverageBy.Size ? SizeOrder(g.Key) : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var total = Make("", t["Coverage.Total"], groups.Sum(g => g.Enterprises), groups.Sum(g => g.CoveredEnterprises), groups.Sum(g => g.Employees), groups.Sum(g => g.Members),
            groups.Sum(g => g.CoveredEmployees), groups.Sum(g => g.CoveredMembers));
        return new Result(by, groups, total);
    }

    private sealed record Sum<TKey>(TKey Key, int Enterprises, int Covered, long Employees, long Members, long CoveredEmployees, long CoveredMembers);

    private static Task<List<Sum<TKey>>> SumAsync<TKey>(IQueryable<Enterprise> enterprises, Expression<Func<Enterprise, TKey>> key, CancellationToken ct) =>
        enterprises.GroupBy(key)
            .Select(g => new Sum<TKey>(g.Key, g.Count(), g.Count(e => e.UnionId != null), g.Sum(e => (long)(e.Employees ?? 0)), g.Sum(e => (long)e.ActiveMembers),
                g.Sum(e => e.UnionId != null ? (long)(e.Employees ?? 0) : 0L), g.Sum(e => e.UnionId != null ? (long)e.ActiveMembers : 0L)))
            .ToListAsync(ct);

    private static List<Sum<string>> Keyed<TKey>(List<Sum<TKey>> sums, Func<TKey, string> key) =>
        sums.Select(x => new Sum<string>(key(x.Key), x.Enterprises, x.Covered, x.Employees, x.Members, x.CoveredEmployees, x.CoveredMembers)).ToList();

    private static Group Make(string key, string label, int enterprises, int covered, long employees, long members, long coveredEmployees, long coveredMembers) =>
        new(key, label, enterprises, covered, employees, members, coveredEmployees, coveredMembers,
            CoverageRates.EnterpriseCoverageRate(covered, enterprises), CoverageRates.MembershipRate(coveredMembers, coveredEmployees), CoverageRates.OverallMembershipRate(members, employees));

    private static int SizeOrder(string key) => EnumText.Parse<SizeClass>(key) is { } s ? (int)s : 99;

    private string Label(CoverageBy by, string key) => key.Length == 0
        ? t["Coverage.Unrecorded"]
        : by switch
        {
            CoverageBy.Industry => $"{key} {t[$"IndustrySection.{key}"]}",
            CoverageBy.Size => t[$"SizeClass.{EnumText.Parse<SizeClass>(key)}"],
            _ => key,
        };

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/coverage", async (GetCoverage h, Problems p, IStringLocalizer<SharedResource> t, string? by, CancellationToken ct) =>
                EnumText.Parse<CoverageBy>(by ?? "industry") is { } b
                    ? Results.Ok(await h.HandleAsync(b, ct))
                    : ((Outcome<Result>)Outcome.Invalid("by", t["Coverage.ByInvalid"])).ToHttp(p, Results.Ok))
            .WithTags("Coverage")
            .RequireAuthorization(Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("GetCoverage");
}
