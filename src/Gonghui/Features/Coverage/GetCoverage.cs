using Gonghui.Features.Enterprises;
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
    public sealed record Group(string Key, string Label, int Enterprises, int CoveredEnterprises, long Employees, long Members, double? EnterpriseRate, double? MembershipRate);

    public sealed record Result(CoverageBy By, IReadOnlyList<Group> Groups, Group Total);

    public async Task<Result> HandleAsync(CoverageBy by, CancellationToken ct)
    {
        // Each enterprise carries its count of active members (kept by triggers on members): a district has tens of
        // thousands of enterprises but millions of members, so the grouping reads the enterprises alone.
        var enterprises = await db.Enterprises.AsNoTracking()
            .Select(e => new { e.IndustrySection, e.SizeClass, e.SubDistrict, Covered = e.UnionId != null, e.Employees, e.ActiveMembers })
            .ToListAsync(ct);
        var groups = enterprises
            .GroupBy(e => by switch
            {
                CoverageBy.Industry => e.IndustrySection,
                CoverageBy.Size => e.SizeClass is { } s ? EnumText.Of(s) : "",
                _ => e.SubDistrict ?? "",
            })
            .Select(g => Make(g.Key, Label(by, g.Key), g.Count(), g.Count(e => e.Covered), g.Sum(e => (long)(e.Employees ?? 0)), g.Sum(e => (long)e.ActiveMembers)))
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => by == CoverageBy.Size ? SizeOrder(g.Key) : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var total = Make("", t["Coverage.Total"], groups.Sum(g => g.Enterprises), groups.Sum(g => g.CoveredEnterprises), groups.Sum(g => g.Employees), groups.Sum(g => g.Members));
        return new Result(by, groups, total);
    }

    private static Group Make(string key, string label, int enterprises, int covered, long employees, long members) =>
        new(key, label, enterprises, covered, employees, members,
            enterprises == 0 ? null : Math.Round((double)covered / enterprises, 4),
            employees == 0 ? null : Math.Round((double)members / employees, 4));

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
