using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/elections/export?year=&amp;unionId=&amp;status=&amp;q=&amp;format=xlsx|csv</c>: the list's elections; audited.</summary>
public sealed class ExportElections(ListElections list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, ElectionStatus? status, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(Election), "elections", page => list.HandleAsync(page, year, unionId, status, ct), query, x => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = x.UnionName,
            [t["Congress.Session"]] = t["Congress.SessionName", x.TermNumber, x.SessionNumber].Value,
            [t["Negotiation.StepDate"]] = ListExport.Day(x.HeldOn),
            [t["Congress.Office"]] = t[$"ElectionOffice.{x.Office}"].Value,
            [t["Congress.Round"]] = x.Round,
            [t["Congress.Seats"]] = x.Seats,
            [t["Congress.Candidates"]] = x.Candidates,
            [t["Congress.ElectedCount"]] = x.Elected,
            [t["Warning.Status"]] = t[$"ElectionStatus.{x.Status}"].Value,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportElections h, string? q, string? sort, int? year, long? unionId, string? status, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, EnumText.Parse<ElectionStatus>(status), format, ct))
            .WithName("ExportElections");
}
