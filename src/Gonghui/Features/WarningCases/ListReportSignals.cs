using Gonghui.Infrastructure.Settings;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>GET /api/v1/warning-cases/report-signals?year=&amp;quarter=</c>: submitted quarterly reports whose wage or
/// social-insurance arrears reach the district's thresholds and that no case has taken up yet — the signals staff turn
/// into cases (or feed into one) with <c>signal.workforceReportId</c>.
/// </summary>
public sealed class ListReportSignals(GonghuiDbContext db, DistrictSettings district)
{
    public sealed record Row(long WorkforceReportId, long UnionId, string UnionName, int Year, int Quarter, int WageArrearsWorkers, decimal WageArrearsAmount,
        decimal SocialInsuranceArrearsAmount, SignalKind Kind);

    public async Task<IReadOnlyList<Row>> HandleAsync(int? year, int? quarter, CancellationToken ct)
    {
        var (workers, wages, insurance) = (district.Get<WarningSettings>().WageArrearsWorkers, district.Get<WarningSettings>().WageArrearsAmount, district.Get<WarningSettings>().SocialInsuranceArrearsAmount);
        var query = db.Set<WorkforceReport>().AsNoTracking().Where(r => r.Status == WorkforceReportStatus.Submitted
            && !db.Set<WarningSignal>().Any(s => s.WorkforceReportId == r.Id));
        if (year is int y)
        {
            query = query.Where(r => r.Year == y);
        }

        if (quarter is int q)
        {
            query = query.Where(r => r.Quarter == q);
        }

        // Amounts are compared here, not in SQL: SQLite keeps decimals as text. Only reports with some arrears are read,
        // and all of them: a cap before this filter could drop a report that reaches the thresholds.
        var reports = await query.Where(r => r.Figures.WageArrearsWorkers >= workers || r.Figures.WageArrearsAmount > 0 || r.Figures.SocialInsuranceArrearsAmount > 0)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter)
            .Select(r => new { r.Id, r.UnionId, r.Union!.Name, r.Year, r.Quarter, r.Figures }).ToListAsync(ct);
        return reports
            .Where(r => r.Figures.WageArrearsWorkers >= workers || r.Figures.WageArrearsAmount >= wages || r.Figures.SocialInsuranceArrearsAmount >= insurance)
            .Select(r => new Row(r.Id, r.UnionId, r.Name, r.Year, r.Quarter, r.Figures.WageArrearsWorkers, r.Figures.WageArrearsAmount, r.Figures.SocialInsuranceArrearsAmount,
                r.Figures.WageArrearsWorkers >= workers || r.Figures.WageArrearsAmount >= wages ? SignalKind.WageArrears : SignalKind.SocialInsuranceArrears))
            .ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/report-signals", async (int? year, int? quarter, ListReportSignals h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, quarter, ct)))
            .WithName("ListReportSignals");
}
