using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>GET /api/v1/workers-homes?unionId=&amp;kind=&amp;titled=&amp;q=</c>: homes in the actor's scope by name, with their titles; <c>titled=true</c> keeps those with a title in force.</summary>
public sealed class ListWorkersHomes(GonghuiDbContext db, WorkersHomeReader reader)
{
    public Task<PagedResult<WorkersHomeDto>> HandleAsync(PageQuery page, long? unionId, HomeKind? kind, bool? titled, CancellationToken ct)
    {
        var query = db.Set<WorkersHome>().AsNoTracking();
        if (unionId is long u)
        {
            query = query.Where(x => x.UnionId == u);
        }

        if (kind is { } k)
        {
            query = query.Where(x => x.Kind == k);
        }

        if (titled is bool has)
        {
            query = query.Where(x => x.Titles.Any(i => i.RevokedOn == null) == has);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Name.Contains(q) || x.Union!.Name.Contains(q));
        }

        query = page.Descending ? query.OrderByDescending(x => x.Name).ThenByDescending(x => x.Id) : query.OrderBy(x => x.Name).ThenBy(x => x.Id);
        return page.ApplyAsync(reader.Project(query), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListWorkersHomes h, int? page, int? pageSize, string? q, string? sort, long? unionId, string? kind, bool? titled, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), unionId, EnumText.Parse<HomeKind>(kind), titled, ct)))
            .WithName("ListWorkersHomes");
}
