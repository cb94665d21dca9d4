using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>GET /api/v1/warning-overview</c>: the open cases in the actor's scope by level, by industry (GB/T 4754 section of
/// the enterprise) and by sub-district, and the number whose reporting is overdue — the district's map-free view.
/// </summary>
public sealed class GetWarningOverview(GonghuiDbContext db, WarningCaseReader reader)
{
    public sealed record Count(string Key, int Cases, int Workers);

    public sealed record Result(int Open, int ReportingOverdue, IReadOnlyList<Count> ByLevel, IReadOnlyList<Count> ByIndustry, IReadOnlyList<Count> BySubDistrict);

    public async Task<Result> HandleAsync(CancellationToken ct)
    {
        var open = await db.Set<WarningCase>().AsNoTracking().Where(c => c.Status == WarningCaseStatus.Open)
            .Select(c => new
            {
                c.Level,
                c.WorkersInvolved,
                Section = c.Enterprise != null ? c.Enterprise.IndustrySection : null,
                SubDistrict = c.Enterprise != null ? c.Enterprise.SubDistrict : null,
            }).ToListAsync(ct);
        var overdue = await db.Set<WarningCase>().CountAsync(reader.ReportingOverdue(), ct);
        static IReadOnlyList<Count> By<TKey>(IEnumerable<(TKey Key, int Workers)> rows, Func<TKey, string> name) =>
            rows.GroupBy(r => r.Key).Select(g => new Count(name(g.Key), g.Count(), g.Sum(r => r.Workers))).OrderByDescending(c => c.Cases).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        return new Result(open.Count, overdue,
            Enum.GetValues<WarningLevel>().Select(l => new Count(l.ToString(), open.Count(c => c.Level == l), open.Where(c => c.Level == l).Sum(c => c.WorkersInvolved))).ToList(),
            By(open.Select(c => (c.Section ?? "", c.WorkersInvolved)), k => k),
            By(open.Select(c => (c.SubDistrict ?? "", c.WorkersInvolved)), k => k));
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/warning-overview", async (GetWarningOverview h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithTags("WarningCases")
            .RequireAuthorization(Gonghui.Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("GetWarningOverview");
}
