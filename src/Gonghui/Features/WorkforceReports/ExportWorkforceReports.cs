using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkforceReports;

/// <summary>
/// <c>GET /api/v1/workforce-reports/export?year=&amp;quarter=&amp;format=xlsx|csv</c>: the year's reports the actor sees, one
/// row each with every indicator, the due date and where it stands; audited.
/// </summary>
public sealed class ExportWorkforceReports(GonghuiDbContext db, WorkforceReportReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<(Stream Content, string ContentType, string Name)> HandleAsync(int year, int? quarter, SpreadsheetFormat format, CancellationToken ct)
    {
        var query = db.Set<WorkforceReport>().AsNoTracking().Where(r => r.Year == year && (quarter == null || r.Quarter == quarter));
        var reports = await query.OrderBy(r => r.Quarter).ThenBy(r => r.Union!.Code).Select(r => new { Report = r, r.Union!.Name }).ToListAsync(ct);
        var rows = reports.Select(x =>
        {
            var r = reader.ToDto(x.Report, x.Name);
            var row = new Dictionary<string, object?>
            {
                [t["Workforce.Union"]] = r.UnionName,
                [t["Workforce.Period"]] = $"{r.Year} Q{r.Quarter}",
                [t["Warning.Status"]] = t[$"WorkforceReportStatus.{r.Status}"].Value,
                [t["Workforce.SubmittedOnColumn"]] = r.SubmittedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                [t["Deadlines.DueAt"]] = r.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                [t["Workforce.Deadline"]] = t[$"DeadlineState.{r.Deadline}"].Value,
            };
            foreach (var indicator in WorkforceFigures.Indicators)
            {
                row[t[$"Workforce.Indicator.{indicator}"]] = r.Figures.Value(indicator);
            }

            row[t["Workforce.Narrative"]] = r.Narrative;
            return (IDictionary<string, object?>)row;
        });
        var content = await Spreadsheet.WriteToTemporaryFileAsync(rows, format, ct);
        db.RecordEvent("export", nameof(WorkforceReport), null, $"{{\"rows\":{reports.Count},\"year\":{year},\"format\":\"{Spreadsheet.Extension(format)}\"}}");
        await db.SaveChangesAsync(ct);
        return (content, Spreadsheet.ContentType(format), $"workforce-reports-{year}.{Spreadsheet.Extension(format)}");
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", async (int year, int? quarter, string? format, ExportWorkforceReports h, CancellationToken ct) =>
            {
                var file = await h.HandleAsync(year, quarter, EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx, ct);
                return TypedResults.Stream(file.Content, file.ContentType, file.Name);
            })
            .WithName("ExportWorkforceReports");
}
