using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/congress-terms?unionId=&amp;q=</c>: the terms of the unions in the actor's scope, the newest first.</summary>
public sealed class ListCongressTerms(GonghuiDbContext db)
{
    public Task<PagedResult<TermDto>> HandleAsync(PageQuery page, long? unionId, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var query = db.Set<CongressTerm>().AsNoTracking();
        if (unionId is long u)
        {
            query = query.Where(x => x.UnionId == u);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Union!.Name.Contains(q));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(x => x.StartsOn).ThenByDescending(x => x.Id)
            : query.OrderBy(x => x.StartsOn).ThenBy(x => x.Id);
        return page.ApplyAsync(query.Select(x => new TermDto(x.Id, x.UnionId, x.Union!.Name, x.Kind, x.Number, x.StartsOn, x.EndsOn, x.PermanentRepresentatives,
            x.StartsOn <= today && x.EndsOn >= today, db.Set<CongressSession>().Count(s => s.TermId == x.Id), x.Version)), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListCongressTerms h, int? page, int? pageSize, string? q, string? sort, long? unionId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), unionId, ct)))
            .WithName("ListCongressTerms");
}
