using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/collective-contracts/export?q=&amp;unionId=&amp;kind=&amp;status=&amp;enterpriseId=&amp;format=xlsx|csv</c>: the list's contracts with their term, steps and status; audited.</summary>
public sealed class ExportCollectiveContracts(ListCollectiveContracts list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, long? unionId, ContractKind? kind, ContractStatus? status, long? enterpriseId, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(CollectiveContract), "collective-contracts", page => list.HandleAsync(page, unionId, kind, status, enterpriseId, ct), query, c => new Dictionary<string, object?>
        {
            [t["Contract.Title"]] = c.Title,
            [t["Negotiation.Union"]] = c.UnionName,
            [t["Negotiation.Kind"]] = t[$"ContractKind.{c.Kind}"].Value,
            [t["Contract.StartOn"]] = ListExport.Day(c.StartOn),
            [t["Contract.EndOn"]] = ListExport.Day(c.EndOn),
            [t["Contract.SignedOn"]] = ListExport.Day(c.SignedOn),
            [t["Contract.FiledOn"]] = ListExport.Day(c.FiledOn),
            [t["Contract.EffectiveOn"]] = ListExport.Day(c.EffectiveOn),
            [t["Contract.Enterprises"]] = c.Enterprises,
            [t["Contract.Status"]] = t[$"ContractStatus.{c.Status}"].Value,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportCollectiveContracts h, string? q, string? sort, long? unionId, string? kind, string? status, long? enterpriseId, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), unionId, EnumText.Parse<ContractKind>(kind), EnumText.Parse<ContractStatus>(status), enterpriseId, format, ct))
            .WithName("ExportCollectiveContracts");
}
