using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

public enum AnnualReportFormat
{
    Xlsx,
    Pdf,
}

/// <summary>
/// <c>GET /api/v1/annual-report/export?year=&amp;unionId=&amp;format=xlsx|pdf</c>: the annual report as a workbook — the
/// year's figures, the scorecard, the records behind it and the annual plans' scores — or as a printed document; audited.
/// </summary>
public sealed class ExportAnnualReport(GonghuiDbContext db, GetAnnualReport report, ExportCompliance compliance, AnnualReportPdf pdf, PdfFonts fonts, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<(byte[] Content, string ContentType, string Name)>> HandleAsync(int year, long? unionId, AnnualReportFormat format, CancellationToken ct)
    {
        if (format == AnnualReportFormat.Pdf && !fonts.Available)
        {
            return Outcome.Unavailable(t["Report.PdfFontMissing", fonts.File, PdfFonts.DefaultPackage]);
        }

        var outcome = await report.HandleAsync(year, unionId, ct);
        if (!outcome.IsOk)
        {
            return outcome.Failed<(byte[], string, string)>();
        }

        var r = outcome.Value!;
        var bytes = format == AnnualReportFormat.Pdf ? pdf.Write(r) : await WorkbookAsync(r, ct);
        var extension = EnumText.Of(format);
        db.RecordEvent("export", "AnnualReport", unionId?.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{{\"year\":{year},\"format\":\"{extension}\"}}", unionId);
        await db.SaveChangesAsync(ct);
        var contentType = format == AnnualReportFormat.Pdf ? "application/pdf" : Spreadsheet.ContentType(SpreadsheetFormat.Xlsx);
        return (bytes, contentType, $"annual-report-{year}{(unionId is long id ? $"-{id}" : "")}.{extension}");
    }

    private Task<byte[]> WorkbookAsync(AnnualReport r, CancellationToken ct)
    {
        var figures = r.Figures.Select(f => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [t["Report.Section"]] = f.Section,
            [t["Report.Figure"]] = f.Label,
            [t["Report.Value"]] = f.Value,
        }).ToList();
        if (r.Basis(t) is { } basis)
        {
            // The workbook says, as the page and the paper do, whose registry its figures are.
            figures.Insert(0, new Dictionary<string, object?> { [t["Report.Section"]] = t["Report.BasisSection"].Value, [t["Report.Figure"]] = t["Report.Basis"].Value, [t["Report.Value"]] = basis });
        }
        var plans = r.Plans.Select(p => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [t["Compliance.Union"]] = p.UnionName,
            [t["Compliance.Status"]] = t[$"AnnualPlanStatus.{p.Status}"].Value,
            [t["Plan.Items"]] = p.Items,
            [t["Plan.SelfTotal"]] = p.SelfTotal,
            [t["Plan.DistrictTotal"]] = p.DistrictTotal,
        }).ToList();
        return Spreadsheet.WriteSheetsAsync(
        [
            (t["Report.Sheet"], figures), (t["Compliance.Sheet"], compliance.ScorecardRows(r.Scorecard)), (t["Compliance.EvidenceSheet"], compliance.EvidenceRows(r.Scorecard)),
            (t["Plan.Title"], plans),
        ], ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", async (ExportAnnualReport h, Problems p, IStringLocalizer<SharedResource> t, int? year, long? unionId, string? format, CancellationToken ct) =>
            {
                if (EnumText.Parse<AnnualReportFormat>(format ?? "xlsx") is not { } chosen)
                {
                    return p.Validation(new Dictionary<string, string[]> { ["format"] = [t["Report.FormatInvalid"]] });
                }

                return (await h.HandleAsync(year ?? LocalizationSetup.Today.Year, unionId, chosen, ct)).ToHttp(p,
                    file => TypedResults.File(file.Content, file.ContentType, file.Name));
            })
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("ExportAnnualReport");
}
