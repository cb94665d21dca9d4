using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Officers;

/// <summary><c>GET /api/v1/officers/export?unionId=&amp;inPost=&amp;q=&amp;format=xlsx|csv</c>: the list's officers with their postings (training, secondment, exchange, selection); audited.</summary>
public sealed class ExportOfficers(ListOfficers list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, long? unionId, bool? inPost, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(Officer), "officers", page => list.HandleAsync(page, unionId, inPost, ct), query, o => new Dictionary<string, object?>
        {
            [t["Officer.Union"]] = o.UnionName,
            [t["Officer.Name"]] = o.Name,
            [t["Officer.Post"]] = o.Post,
            [t["Officer.FullTime"]] = t[o.FullTime ? "Common.Yes" : "Common.No"].Value,
            [t["Officer.StartOn"]] = ListExport.Day(o.StartOn),
            [t["Officer.EndOn"]] = ListExport.Day(o.EndOn),
            [t["Officer.Postings"]] = string.Join("；", o.Postings.Select(p => $"{t[$"PostingKind.{p.Kind}"]} {ListExport.Day(p.StartOn)} {p.Description}")),
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportOfficers h, string? q, string? sort, long? unionId, bool? inPost, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), unionId, inPost, format, ct))
            .WithName("ExportOfficers");
}
