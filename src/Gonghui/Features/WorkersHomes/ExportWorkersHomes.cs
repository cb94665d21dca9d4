using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>GET /api/v1/workers-homes/export?unionId=&amp;kind=&amp;titled=&amp;q=&amp;format=xlsx|csv</c>: the list's homes with their titles in force; audited.</summary>
public sealed class ExportWorkersHomes(ListWorkersHomes list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, long? unionId, HomeKind? kind, bool? titled, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(WorkersHome), "workers-homes", page => list.HandleAsync(page, unionId, kind, titled, ct), query, x => new Dictionary<string, object?>
        {
            [t["WorkersHome.Name"]] = x.Name,
            [t["WorkersHome.Kind"]] = t[$"HomeKind.{x.Kind}"].Value,
            [t["Workforce.Union"]] = x.UnionName,
            [t["WorkersHome.BuiltOn"]] = ListExport.Day(x.BuiltOn),
            [t["WorkersHome.Integrated"]] = x.HomeIntegrated ? t["Common.Yes"].Value : t["Common.No"].Value,
            [t["WorkersHome.TitlesInForce"]] = string.Join("；", x.Titles.Where(i => i.InForce).Select(i => t["WorkersHome.TitleText", i.Year, t[$"HomeTitleLevel.{i.Level}"].Value].Value)),
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportWorkersHomes h, string? q, string? sort, long? unionId, string? kind, bool? titled, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), unionId, EnumText.Parse<HomeKind>(kind), titled, format, ct))
            .WithName("ExportWorkersHomes");
}
