using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.OpenAffairs;

/// <summary><c>GET /api/v1/affairs-notices?year=&amp;unionId=&amp;category=&amp;q=</c>: items published by the unions in the actor's scope, newest first.</summary>
public sealed class ListAffairsNotices(GonghuiDbContext db)
{
    public Task<PagedResult<AffairsNoticeDto>> HandleAsync(PageQuery page, int? year, long? unionId, AffairsCategory? category, CancellationToken ct)
    {
        var query = db.Set<AffairsNotice>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(x => x.PublishedOn >= new DateOnly(y, 1, 1) && x.PublishedOn <= new DateOnly(y, 12, 31));
        }

        if (unionId is long u)
        {
            query = query.Where(x => x.UnionId == u);
        }

        if (category is { } c)
        {
            query = query.Where(x => x.Category == c);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Title.Contains(q) || x.Union!.Name.Contains(q));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(x => x.PublishedOn).ThenByDescending(x => x.Id)
            : query.OrderBy(x => x.PublishedOn).ThenBy(x => x.Id);
        return page.ApplyAsync(query.Select(x => new AffairsNoticeDto(x.Id, x.UnionId, x.Union!.Name, x.Category, x.Channel, x.Title, x.Content, x.PublishedOn, x.ShownUntil, x.Version)), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListAffairsNotices h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? category, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<AffairsCategory>(category), ct)))
            .WithName("ListAffairsNotices");
}
