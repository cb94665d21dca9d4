using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>GET /api/v1/annual-report/export?year=&amp;unionId=</c>: the annual report as a workbook — the year's figures, the
/// scorecard, the records behind it and the annual plans' scores; audited.
/// </summary>
public sealed class ExportAnnualReport(GonghuiDbContext db, GetAnnualReport report, ExportCompliance compliance, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<(byte[] Content, string Name)>> HandleAsync(int year, long? unionId, CancellationToken ct)
    {
        var outcome = await report.HandleAsync(year, unionId, ct);
        if (!outcome.IsOk)
        {
            return outcome.Failed<(byte[], string)>();
        }

        var r = outcome.Value!;
        var figures = r.Figures.Select(f => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [t["Report.Section"]] = f.Section,
            [t["Report.Figure"]] = f.Label,
            [t["Report.Value"]] = f.Value,
        }).ToList();
        var plans = r.Plans.Select(p => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [t["Compliance.Union"]] = p.UnionName,
            [t["Compliance.Status"]] = t[$"AnnualPlanStatus.{p.Status}"].Value,
            [t["Plan.Items"]] = p.Items,
            [t["Plan.SelfTotal"]] = p.SelfTotal,
            [t["Plan.DistrictTotal"]] = p.DistrictTotal,
        }).ToList();
        var bytes = await Spreadsheet.WriteSheetsAsync(
        [
            (t["Report.Sheet"], figures), (t["Compliance.Sheet"], compliance.ScorecardRows(r.Scorecard)), (t["Compliance.EvidenceSheet"], compliance.EvidenceRows(r.Scorecard)),
            (t["Plan.Title"], plans),
        ], ct);
        db.RecordEvent("export", "AnnualReport", unionId?.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{{\"year\":{year}}}", unionId);
        await db.SaveChangesAsync(ct);
        return (bytes, $"annual-report-{year}{(unionId is long id ? $"-{id}" : "")}.xlsx");
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", async (ExportAnnualReport h, Problems p, int? year, long? unionId, CancellationToken ct) =>
                (await h.HandleAsync(year ?? LocalizationSetup.Today.Year, unionId, ct)).ToHttp(p,
                    file => TypedResults.File(file.Content, Spreadsheet.ContentType(SpreadsheetFormat.Xlsx), file.Name)))
            .WithName("ExportAnnualReport");
}
