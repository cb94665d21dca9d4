using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.InfoReports;

/// <summary>
/// <c>GET /api/v1/info-reports/counts?year=</c>: per reporting union, the reports it sent in the year by category and
/// how many were adopted (R14's measure).
/// </summary>
public sealed class CountInfoReports(GonghuiDbContext db)
{
    public sealed record Row(long UnionId, string UnionName, int Total, int Adopted, int Returned, IReadOnlyDictionary<InfoCategory, int> ByCategory);

    public async Task<IReadOnlyList<Row>> HandleAsync(int year, CancellationToken ct)
    {
        var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8));
        var rows = await db.Set<InfoReport>().AsNoTracking().Where(r => r.SubmittedAt >= from && r.SubmittedAt < to)
            .GroupBy(r => new { r.UnionId, r.Union!.Name, r.Category, r.Status })
            .Select(g => new { g.Key.UnionId, g.Key.Name, g.Key.Category, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(r => new { r.UnionId, r.Name })
            .Select(g => new Row(g.Key.UnionId, g.Key.Name, g.Sum(r => r.Count), g.Where(r => r.Status == InfoReportStatus.Adopted).Sum(r => r.Count),
                g.Where(r => r.Status == InfoReportStatus.Returned).Sum(r => r.Count),
                Enum.GetValues<InfoCategory>().ToDictionary(c => c, c => g.Where(r => r.Category == c).Sum(r => r.Count))))
            .OrderByDescending(r => r.Total).ThenBy(r => r.UnionName, StringComparer.Ordinal).ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/counts", async (int year, CountInfoReports h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, ct)))
            .WithName("CountInfoReports");
}
