using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Officers;

/// <summary><c>GET /api/v1/officers?unionId=&amp;q=&amp;inPost=</c>: officers in the actor's scope, by union and name.</summary>
public sealed class ListOfficers(GonghuiDbContext db)
{
    public async Task<PagedResult<OfficerDto>> HandleAsync(PageQuery page, long? unionId, bool? inPost, CancellationToken ct)
    {
        var query = db.Officers.AsNoTracking();
        if (unionId is long u)
        {
            query = query.Where(o => o.UnionId == u);
        }

        if (page.Search is { } q)
        {
            query = query.Where(o => o.Name.Contains(q) || o.Post.Contains(q));
        }

        if (inPost is bool current)
        {
            var today = LocalizationSetup.Today;
            query = current
                ? query.Where(o => o.StartOn <= today && (o.EndOn == null || o.EndOn >= today))
                : query.Where(o => o.StartOn > today || o.EndOn < today);
        }

        query = page.Descending ? query.OrderByDescending(o => o.StartOn).ThenBy(o => o.Id) : query.OrderBy(o => o.UnionId).ThenBy(o => o.StartOn).ThenBy(o => o.Id);
        return await page.ApplyAsync(query.ToDto(), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListOfficers h, int? page, int? pageSize, string? q, string? sort, long? unionId, bool? inPost, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), unionId, inPost, ct)))
            .WithName("ListOfficers");
}
