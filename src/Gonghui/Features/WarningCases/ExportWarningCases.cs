using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>GET /api/v1/warning-cases/export?status=&amp;level=&amp;format=xlsx|csv</c>: the cases the actor sees with the list's
/// filters and order (reporting overdue first), with each recipient's report and its state; audited.
/// </summary>
public sealed class ExportWarningCases(GonghuiDbContext db, ListWarningCases list, IStringLocalizer<SharedResource> t)
{
    public async Task<(Stream Content, string ContentType, string Name)> HandleAsync(WarningLevel? level, WarningCaseStatus? status, SpreadsheetFormat format, CancellationToken ct)
    {
        var cases = (await list.HandleAsync(new PageQuery(1, PageQuery.MaxPageSize, null, null), level, status, null, null, false, ct)).Items;
        string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Infrastructure.Localization.LocalizationSetup.Shanghai).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var rows = cases.Select(c =>
        {
            var row = new Dictionary<string, object?>
            {
                [t["Warning.Level"]] = c.Level.ToString(),
                [t["Warning.CaseTitle"]] = c.Title,
                [t["Warning.Enterprise"]] = c.EnterpriseName,
                [t["Warning.Union"]] = c.UnionName,
                [t["Warning.Workers"]] = c.WorkersInvolved,
                [t["Warning.OpenedAt"]] = Local(c.OpenedAt),
                [t["Warning.Status"]] = t[$"WarningCaseStatus.{c.Status}"].Value,
            };
            foreach (var r in c.Reporting)
            {
                var recipient = t[$"ReportRecipient.{r.Recipient}"].Value;
                row[t["Warning.ReportTo", recipient]] = r.ReportedAt is { } at ? Local(at) : r.Overdue ? t["DeadlineState.Overdue"].Value : t["DeadlineState.Pending"].Value;
            }

            return (IDictionary<string, object?>)row;
        });
        var content = await Spreadsheet.WriteToTemporaryFileAsync(rows, format, ct);
        db.RecordEvent("export", nameof(WarningCase), null, $"{{\"rows\":{cases.Count},\"format\":\"{Spreadsheet.Extension(format)}\"}}");
        await db.SaveChangesAsync(ct);
        return (content, Spreadsheet.ContentType(format), $"warning-cases.{Spreadsheet.Extension(format)}");
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", async (string? level, string? status, string? format, ExportWarningCases h, CancellationToken ct) =>
            {
                var file = await h.HandleAsync(Enum.TryParse<WarningLevel>(level, true, out var l) ? l : null, EnumText.Parse<WarningCaseStatus>(status),
                    EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx, ct);
                return TypedResults.Stream(file.Content, file.ContentType, file.Name);
            })
            .WithName("ExportWarningCases");
}
