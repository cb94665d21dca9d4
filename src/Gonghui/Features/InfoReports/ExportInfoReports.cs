using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.InfoReports;

/// <summary><c>GET /api/v1/info-reports/export?box=&amp;status=&amp;category=&amp;year=&amp;q=&amp;format=xlsx|csv</c>: the list's reports, sender, receiver and state; audited.</summary>
public sealed class ExportInfoReports(ListInfoReports list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, string? box, InfoReportStatus? status, InfoCategory? category, int? year, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(InfoReport), "info-reports", page => list.HandleAsync(page, box, status, category, year, ct), query, r => new Dictionary<string, object?>
        {
            [t["Info.From"]] = r.UnionName,
            [t["Info.To"]] = r.ToUnionName,
            [t["Info.Title"]] = r.Title,
            [t["Info.Category"]] = t[$"InfoCategory.{r.Category}"].Value,
            [t["Info.SubmittedAt"]] = ListExport.Local(r.SubmittedAt),
            [t["Warning.Status"]] = t[$"InfoReportStatus.{r.Status}"].Value,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportInfoReports h, string? q, string? sort, string? box, string? status, string? category, int? year, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), box, EnumText.Parse<InfoReportStatus>(status), EnumText.Parse<InfoCategory>(category), year, format, ct))
            .WithName("ExportInfoReports");
}
