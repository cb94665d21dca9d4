using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/negotiations?q=&amp;unionId=&amp;kind=&amp;stage=</c>: negotiations in the actor's scope, newest request first.</summary>
public sealed class ListNegotiations(GonghuiDbContext db)
{
    public Task<PagedResult<NegotiationRow>> HandleAsync(PageQuery page, long? unionId, ContractKind? kind, NegotiationStage? stage, CancellationToken ct)
    {
        var query = db.Set<Negotiation>().AsNoTracking();
        if (page.Search is { } q)
        {
            query = query.Where(n => n.Title.Contains(q));
        }

        if (unionId is long u)
        {
            query = query.Where(n => n.UnionId == u);
        }

        if (kind is { } k)
        {
            query = query.Where(n => n.Kind == k);
        }

        if (stage is { } s)
        {
            query = query.Where(n => n.Stage == s);
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(n => n.RequestedOn).ThenByDescending(n => n.Id)
            : query.OrderBy(n => n.RequestedOn).ThenBy(n => n.Id);
        return page.ApplyAsync(query.Select(n => new NegotiationRow(n.Id, n.UnionId, n.Union!.Name, n.Kind, n.Title, n.CounterpartyKind, n.Stage, n.RequestedOn, n.AnsweredOn, n.ContractId)), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListNegotiations h, int? page, int? pageSize, string? q, string? sort, long? unionId, string? kind, string? stage, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), unionId, EnumText.Parse<ContractKind>(kind), EnumText.Parse<NegotiationStage>(stage), ct)))
            .WithName("ListNegotiations");
}
