using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/congress-terms/export?unionId=&amp;q=&amp;format=xlsx|csv</c>: the list's terms; audited.</summary>
public sealed class ExportCongressTerms(ListCongressTerms list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, long? unionId, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(CongressTerm), "congress-terms", page => list.HandleAsync(page, unionId, ct), query, x => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = x.UnionName,
            [t["Congress.CongressKind"]] = t[$"CongressKind.{x.Kind}"].Value,
            [t["Congress.TermNumber"]] = x.Number,
            [t["Congress.StartsOn"]] = ListExport.Day(x.StartsOn),
            [t["Congress.EndsOn"]] = ListExport.Day(x.EndsOn),
            [t["Congress.Permanent"]] = x.PermanentRepresentatives ? t["Common.Yes"].Value : t["Common.No"].Value,
            [t["Congress.Sessions"]] = x.Sessions,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportCongressTerms h, string? q, string? sort, long? unionId, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), unionId, format, ct))
            .WithName("ExportCongressTerms");
}
