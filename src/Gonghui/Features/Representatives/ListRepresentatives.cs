using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/representatives?termId=&amp;unionId=&amp;serving=&amp;q=</c>: representatives in the actor's scope, by constituency; searched by member or constituency.</summary>
public sealed class ListRepresentatives(GonghuiDbContext db, RepresentativeReader reader)
{
    public Task<PagedResult<RepresentativeDto>> HandleAsync(PageQuery page, long? termId, long? unionId, bool? serving, CancellationToken ct)
    {
        var query = db.Set<Representative>().AsNoTracking();
        if (termId is long term)
        {
            query = query.Where(x => x.TermId == term);
        }

        if (unionId is long u)
        {
            query = query.Where(x => x.Term!.UnionId == u);
        }

        if (serving is bool s)
        {
            query = s ? query.Where(x => x.EndedOn == null) : query.Where(x => x.EndedOn != null);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Member!.Name.Contains(q) || x.Constituency.Contains(q));
        }

        query = page.SortField == "electedOn"
            ? (page.Descending ? query.OrderByDescending(x => x.ElectedOn) : query.OrderBy(x => x.ElectedOn)).ThenBy(x => x.Id)
            : query.OrderBy(x => x.TermId).ThenBy(x => x.Constituency).ThenBy(x => x.Id);
        return reader.PageAsync(page, query, ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListRepresentatives h, int? page, int? pageSize, string? q, string? sort, long? termId, long? unionId, bool? serving, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), termId, unionId, serving, ct)))
            .WithName("ListRepresentatives");
}
