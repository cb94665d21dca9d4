using System.Globalization;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>GET /api/v1/compliance/export?year=</c>: the scorecard as a workbook — a sheet of unions × rules (status, figure and
/// threshold in each cell) and a sheet of every record counted; audited.
/// </summary>
public sealed class ExportCompliance(GonghuiDbContext db, GetCompliance compliance, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<byte[]>> HandleAsync(int year, CancellationToken ct)
    {
        var outcome = await compliance.HandleAsync(year, null, ct);
        if (!outcome.IsOk)
        {
            return outcome.Failed<byte[]>();
        }

        var r = outcome.Value!;
        var bytes = await Spreadsheet.WriteSheetsAsync([(t["Compliance.Sheet"], ScorecardRows(r)), (t["Compliance.EvidenceSheet"], EvidenceRows(r))], ct);
        db.RecordEvent("export", "Compliance", null, $"{{\"year\":{year},\"unions\":{r.Unions.Count}}}");
        await db.SaveChangesAsync(ct);
        return bytes;
    }

    /// <summary>Unions × rules, each cell the status with the figure against the threshold.</summary>
    public List<IDictionary<string, object?>> ScorecardRows(ComplianceResult r) => r.Unions.Select(u =>
    {
        var row = new Dictionary<string, object?> { [t["Compliance.Union"]] = u.Name };
        foreach (var rule in r.Rules)
        {
            row[$"{rule.Id} {rule.Title}"] = Cell(r.Items.Single(i => i.UnionId == u.Id && i.Rule == rule.Id));
        }

        return (IDictionary<string, object?>)row;
    }).ToList();

    /// <summary>Every record counted, with its union, rule and verdict.</summary>
    public List<IDictionary<string, object?>> EvidenceRows(ComplianceResult r) => r.Items.SelectMany(i => i.Evidence.Select(e => (IDictionary<string, object?>)new Dictionary<string, object?>
    {
        [t["Compliance.Union"]] = r.Unions.Single(u => u.Id == i.UnionId).Name,
        [t["Compliance.Rule"]] = i.Rule,
        [t["Compliance.Status"]] = t[$"ComplianceStatus.{i.Status}"].Value,
        [t["Compliance.EvidenceKind"]] = t[$"Evidence.{e.Kind}"].Value,
        [t["Compliance.EvidenceId"]] = e.Id,
        [t["Compliance.EvidenceLabel"]] = e.Label,
        [t["Compliance.EvidenceDate"]] = e.On?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [t["Compliance.RecordMeets"]] = e.Meets is bool meets ? t[meets ? "Compliance.RecordMeets" : "Compliance.RecordFails"].Value : null,
    })).ToList();

    /// <summary>"达标 3/1" — the status and, where there is one, the figure against the threshold.</summary>
    public string Cell(ComplianceItem i) =>
        Figure(i) is { } figure ? $"{t[$"ComplianceStatus.{i.Status}"]} {figure}" : t[$"ComplianceStatus.{i.Status}"].Value;

    /// <summary>"3/1", "82.5%/80%" — the figure against the threshold; null when the verdict has no figure.</summary>
    public static string? Figure(ComplianceItem i) => i.Value is not { } value ? null
        : i.IsRate ? $"{value:P1}/{i.Threshold:P0}"
        : $"{value:0.##}/{i.Threshold:0.##}";

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", async (ExportCompliance h, Problems p, int? year, CancellationToken ct) =>
                (await h.HandleAsync(year ?? LocalizationSetup.Today.Year, ct)).ToHttp(p,
                    bytes => TypedResults.File(bytes, Spreadsheet.ContentType(SpreadsheetFormat.Xlsx), $"compliance-{year ?? LocalizationSetup.Today.Year}.xlsx")))
            .WithName("ExportCompliance");
}
