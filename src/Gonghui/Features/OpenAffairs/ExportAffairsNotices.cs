using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.OpenAffairs;

/// <summary><c>GET /api/v1/affairs-notices/export?year=&amp;unionId=&amp;category=&amp;q=&amp;format=xlsx|csv</c>: the list's items; audited.</summary>
public sealed class ExportAffairsNotices(ListAffairsNotices list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, AffairsCategory? category, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(AffairsNotice), "affairs-notices", page => list.HandleAsync(page, year, unionId, category, ct), query, x => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = x.UnionName,
            [t["Affairs.Category"]] = t[$"AffairsCategory.{x.Category}"].Value,
            [t["Affairs.Channel"]] = t[$"AffairsChannel.{x.Channel}"].Value,
            [t["Meeting.MeetingTitle"]] = x.Title,
            [t["Affairs.PublishedOn"]] = ListExport.Day(x.PublishedOn),
            [t["Affairs.ShownUntil"]] = x.ShownUntil is { } until ? ListExport.Day(until) : "",
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportAffairsNotices h, string? q, string? sort, int? year, long? unionId, string? category, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, EnumText.Parse<AffairsCategory>(category), format, ct))
            .WithName("ExportAffairsNotices");
}
