using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>GET /api/v1/warning-cases/export?status=&amp;level=&amp;unionId=&amp;enterpriseId=&amp;overdue=&amp;q=&amp;format=xlsx|csv</c>: the
/// cases the actor sees with the list's filters and order (reporting overdue first), with each recipient's report and
/// its state; audited.
/// </summary>
public sealed class ExportWarningCases(ListWarningCases list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, WarningLevel? level, WarningCaseStatus? status, long? unionId, long? enterpriseId, bool overdueOnly, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(WarningCase), "warning-cases", page => list.HandleAsync(page, level, status, unionId, enterpriseId, overdueOnly, ct), query, c =>
        {
            var row = new Dictionary<string, object?>
            {
                [t["Warning.Level"]] = c.Level.ToString(),
                [t["Warning.CaseTitle"]] = c.Title,
                [t["Warning.Enterprise"]] = c.EnterpriseName,
                [t["Warning.Union"]] = c.UnionName,
                [t["Warning.Workers"]] = c.WorkersInvolved,
                [t["Warning.OpenedAt"]] = ListExport.Local(c.OpenedAt),
                [t["Warning.Status"]] = t[$"WarningCaseStatus.{c.Status}"].Value,
            };
            foreach (var r in c.Reporting)
            {
                var recipient = t[$"ReportRecipient.{r.Recipient}"].Value;
                row[t["Warning.ReportTo", recipient]] = r.ReportedAt is { } at ? ListExport.Local(at) : r.Overdue ? t["DeadlineState.Overdue"].Value : t["DeadlineState.Pending"].Value;
            }

            return row;
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportWarningCases h, string? q, string? sort, string? level, string? status, long? unionId, long? enterpriseId, bool? overdue, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), Enum.TryParse<WarningLevel>(level, true, out var l) ? l : null, EnumText.Parse<WarningCaseStatus>(status),
                    unionId, enterpriseId, overdue == true, format, ct))
            .WithName("ExportWarningCases");
}
