using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

public enum BargainingCoverageBy
{
    Industry,
    Union,
}

/// <summary>
/// <c>GET /api/v1/bargaining-coverage?year=&amp;by=industry|union</c> (R5, R6): per group, the registry's enterprises and
/// employees, those a contract in force at some time in the year covers, the two rates, and how many of those contracts
/// cover each clause topic (the topic × group matrix).
/// </summary>
public sealed class GetBargainingCoverage(GonghuiDbContext db, IStringLocalizer<SharedResource> t)
{
    public sealed record Group(
        string Key, string Label, int Enterprises, int CoveredEnterprises, long Employees, long CoveredEmployees,
        double? EnterpriseRate, double? WorkerRate, int Contracts, IReadOnlyDictionary<ClauseTopic, int> Topics);

    public sealed record Result(int Year, BargainingCoverageBy By, IReadOnlyList<Group> Groups, Group Total);

    public async Task<Result> HandleAsync(int year, BargainingCoverageBy by, CancellationToken ct)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        // In force at some time in the year: in effect and within its term on a day of it.
        var contracts = await db.Set<CollectiveContract>().AsNoTracking()
            .Where(c => c.SignedOn != null && c.FiledOn != null && c.EffectiveOn != null && c.EffectiveOn <= last && c.StartOn <= last && c.EndOn >= first)
            .Select(c => new
            {
                c.Id,
                Enterprises = c.Enterprises.Select(x => x.EnterpriseId).ToList(),
                c.EnterpriseId,
                Topics = c.Clauses.Select(x => x.Topic).ToList(),
            })
            .ToListAsync(ct);
        var coveredBy = new Dictionary<long, List<int>>();
        for (var i = 0; i < contracts.Count; i++)
        {
            foreach (var id in contracts[i].Enterprises.Append(contracts[i].EnterpriseId ?? 0).Where(id => id != 0).Distinct())
            {
                (coveredBy.TryGetValue(id, out var list) ? list : coveredBy[id] = []).Add(i);
            }
        }

        var enterprises = await db.Enterprises.AsNoTracking()
            .Select(e => new { e.Id, e.IndustrySection, e.Employees, UnionPath = e.Union != null ? e.Union.Path : null })
            .ToListAsync(ct);
        var keyed = by == BargainingCoverageBy.Industry
            ? enterprises.Select(e => (Key: e.IndustrySection, Label: $"{e.IndustrySection} {t[$"IndustrySection.{e.IndustrySection}"]}", e.Id, e.Employees)).ToList()
            : await ByIndustrialUnionAsync(enterprises.Select(e => (e.Id, e.Employees, e.UnionPath)).ToList(), ct);

        Group Make(string key, string label, IReadOnlyCollection<(long Id, int? Employees)> members)
        {
            var covered = members.Where(e => coveredBy.ContainsKey(e.Id)).ToList();
            var contractIndexes = covered.SelectMany(e => coveredBy[e.Id]).Distinct().ToList();
            var employees = members.Sum(e => (long)(e.Employees ?? 0));
            var coveredEmployees = covered.Sum(e => (long)(e.Employees ?? 0));
            return new Group(
                key, label, members.Count, covered.Count, employees, coveredEmployees,
                members.Count == 0 ? null : Math.Round((double)covered.Count / members.Count, 4),
                employees == 0 ? null : Math.Round((double)coveredEmployees / employees, 4),
                contractIndexes.Count,
                Enum.GetValues<ClauseTopic>().ToDictionary(topic => topic, topic => contractIndexes.Count(i => contracts[i].Topics.Contains(topic))));
        }

        var groups = keyed.GroupBy(x => (x.Key, x.Label))
            .Select(g => Make(g.Key.Key, g.Key.Label, g.Select(x => (x.Id, x.Employees)).ToList()))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var total = Make("", t["Coverage.Total"], keyed.DistinctBy(x => x.Id).Select(x => (x.Id, x.Employees)).ToList());
        return new Result(year, by, groups, total);
    }

    /// <summary>Each enterprise under the industrial union whose subtree holds its covering union; the rest are not grouped.</summary>
    private async Task<List<(string Key, string Label, long Id, int? Employees)>> ByIndustrialUnionAsync(List<(long Id, int? Employees, string? UnionPath)> enterprises, CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct);
        return enterprises
            .Select(e => (e, Union: e.UnionPath is null ? null : unions.FirstOrDefault(u => e.UnionPath.StartsWith(u.Path, StringComparison.Ordinal))))
            .Where(x => x.Union is not null)
            .Select(x => (x.Union!.Code, x.Union.Name, x.e.Id, x.e.Employees))
            .ToList();
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/bargaining-coverage", async (GetBargainingCoverage h, Problems p, IStringLocalizer<SharedResource> t, int? year, string? by, CancellationToken ct) =>
                EnumText.Parse<BargainingCoverageBy>(by ?? "industry") is { } b && (year ?? Infrastructure.Localization.LocalizationSetup.Today.Year) is var y and >= 2000 and <= 2100
                    ? Results.Ok(await h.HandleAsync(y, b, ct))
                    : ((Outcome<Result>)Outcome.Invalid("by", t["Coverage.ByInvalid"])).ToHttp(p, Results.Ok))
            .WithTags("Bargaining")
            .RequireAuthorization(Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("GetBargainingCoverage");
}
