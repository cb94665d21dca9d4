using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/negotiations/export?q=&amp;unionId=&amp;kind=&amp;stage=&amp;format=xlsx|csv</c>: the list's negotiations with their stage and dates; audited.</summary>
public sealed class ExportNegotiations(ListNegotiations list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, long? unionId, ContractKind? kind, NegotiationStage? stage, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(Negotiation), "negotiations", page => list.HandleAsync(page, unionId, kind, stage, ct), query, n => new Dictionary<string, object?>
        {
            [t["Negotiation.Title"]] = n.Title,
            [t["Negotiation.Union"]] = n.UnionName,
            [t["Negotiation.Kind"]] = t[$"ContractKind.{n.Kind}"].Value,
            [t["Negotiation.CounterpartyKind"]] = t[$"CounterpartyKind.{n.CounterpartyKind}"].Value,
            [t["Negotiation.Stage"]] = t[$"NegotiationStage.{n.Stage}"].Value,
            [t["Negotiation.RequestedOn"]] = ListExport.Day(n.RequestedOn),
            [t["Negotiation.AnsweredOn"]] = ListExport.Day(n.AnsweredOn),
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportNegotiations h, string? q, string? sort, long? unionId, string? kind, string? stage, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), unionId, EnumText.Parse<ContractKind>(kind), EnumText.Parse<NegotiationStage>(stage), format, ct))
            .WithName("ExportNegotiations");
}
