using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.ServiceCards;

/// <summary><c>GET /api/v1/service-cards/export?q=&amp;unionId=&amp;underUnionId=&amp;status=&amp;leavers=&amp;format=xlsx|csv</c>: the list's cards, numbers masked; audited.</summary>
public sealed class ExportServiceCards(ListServiceCards list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, ListServiceCards.Filter filter, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(ServiceCard), "jing-cards", async page => (await list.HandleAsync(page, filter with { Reveal = false }, ct)).Value!, query, x => new Dictionary<string, object?>
        {
            [t["Member.Name"]] = x.MemberName,
            [t["Member.Union"]] = x.UnionName,
            [t["ServiceCard.Number"]] = x.CardNumber,
            [t["ServiceCard.Status"]] = t[$"ServiceCardStatus.{x.Status}"].Value,
            [t["ServiceCard.Branch"]] = x.Branch,
            [t["ServiceCard.AppliedOn"]] = ListExport.Day(x.AppliedOn),
            [t["ServiceCard.IssuedOn"]] = ListExport.Day(x.IssuedOn),
            [t["ServiceCard.LostOn"]] = ListExport.Day(x.LostOn),
            [t["ServiceCard.ReplacedOn"]] = ListExport.Day(x.ReplacedOn),
            [t["ServiceCard.CancelledOn"]] = ListExport.Day(x.CancelledOn),
            [t["Member.Status"]] = t[$"MemberStatus.{x.MemberStatus}"].Value,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportServiceCards h, Problems p, IStringLocalizer<SharedResource> t, string? q, string? sort, long? unionId, long? underUnionId, string? status, bool? leavers,
                string? format, CancellationToken ct) =>
                ListServiceCards.IsWholeNumber(q)
                    ? Task.FromResult<IResult>(p.Validation(new Dictionary<string, string[]> { ["q"] = [t["Lookup.NotInUrl"]] }))
                    : h.HandleAsync(new PageQuery(null, null, q, sort), new ListServiceCards.Filter(unionId, underUnionId, EnumText.Parse<ServiceCardStatus>(status), false, leavers == true), format, ct))
            .WithName("ExportServiceCards");
}
