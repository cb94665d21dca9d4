using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/congress-sessions/export?year=&amp;unionId=&amp;termId=&amp;q=&amp;format=xlsx|csv</c>: the list's sessions with their quorum; audited.</summary>
public sealed class ExportCongressSessions(ListCongressSessions list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, long? termId, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(CongressSession), "congress-sessions", page => list.HandleAsync(page, year, unionId, termId, ct), query, x => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = x.UnionName,
            [t["Congress.CongressKind"]] = t[$"CongressKind.{x.CongressKind}"].Value,
            [t["Congress.Session"]] = t["Congress.SessionName", x.TermNumber, x.Number].Value,
            [t["Congress.SessionKind"]] = t[$"SessionKind.{x.Kind}"].Value,
            [t["Negotiation.StepDate"]] = ListExport.Day(x.HeldOn),
            [t["Congress.Entitled"]] = x.Entitled,
            [t["Congress.Present"]] = x.Present,
            [t["Congress.Quorum"]] = x.Quorate ? t["Congress.Quorate"].Value : t["Congress.NotQuorate"].Value,
            [t["Congress.AgendaItems"]] = x.AgendaItems,
            [t["Congress.Elections"]] = x.Elections,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportCongressSessions h, string? q, string? sort, int? year, long? unionId, long? termId, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, termId, format, ct))
            .WithName("ExportCongressSessions");
}
