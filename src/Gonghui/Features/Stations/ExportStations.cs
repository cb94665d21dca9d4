using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Stations;

/// <summary><c>GET /api/v1/service-stations/export?year=&amp;unionId=&amp;kind=&amp;open=&amp;q=&amp;format=xlsx|csv</c>: the list's stations with the year's scores; audited.</summary>
public sealed class ExportStations(ListStations list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int year, long? unionId, StationKind? kind, bool? open, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(ServiceStation), "service-stations", page => list.HandleAsync(page, year, unionId, kind, open, ct), query, x => new Dictionary<string, object?>
        {
            [t["Station.Name"]] = x.Name,
            [t["Station.Kind"]] = t[$"StationKind.{x.Kind}"].Value,
            [t["Workforce.Union"]] = x.UnionName,
            [t["Station.Address"]] = x.Address,
            [t["Station.Integrated"]] = x.StationIntegrated ? t["Common.Yes"].Value : t["Common.No"].Value,
            [t["Station.ClosedOn"]] = x.ClosedOn is { } closed ? ListExport.Day(closed) : null,
            [t["Station.YearScore", year]] = x.Total,
            [t["Station.Standardised"]] = x.Standardised is { } s ? (s ? t["Workforce.Met"].Value : t["Workforce.NotMet"].Value) : null,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportStations h, string? q, string? sort, int? year, long? unionId, string? kind, bool? open, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year ?? Infrastructure.Localization.LocalizationSetup.Today.Year, unionId, EnumText.Parse<StationKind>(kind), open, format, ct))
            .WithName("ExportStations");
}
