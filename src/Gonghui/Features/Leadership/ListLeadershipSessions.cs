using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Leadership;

/// <summary><c>GET /api/v1/leadership-sessions?year=&amp;kind=&amp;unionId=&amp;q=</c>: the Party group's hearings and study sessions the actor may see, newest first.</summary>
public sealed class ListLeadershipSessions(GonghuiDbContext db)
{
    public sealed record Row(long Id, LeadershipSessionKind Kind, DateOnly HeldOn, string Title, IReadOnlyList<string> Unions);

    public async Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, LeadershipSessionKind? kind, long? unionId, CancellationToken ct)
    {
        var query = db.Set<LeadershipSession>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(s => s.HeldOn >= new DateOnly(y, 1, 1) && s.HeldOn <= new DateOnly(y, 12, 31));
        }

        if (kind is { } k)
        {
            query = query.Where(s => s.Kind == k);
        }

        if (unionId is long u)
        {
            query = query.Where(s => s.Unions.Any(x => x.UnionId == u));
        }

        if (page.Search is { } q)
        {
            query = query.Where(s => s.Title.Contains(q) || s.Topics.Contains(q) || s.Conclusions.Contains(q));
        }

        query = page.Descending || page.SortField is null ? query.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id) : query.OrderBy(s => s.HeldOn).ThenBy(s => s.Id);
        var result = await page.ApplyAsync(query.Select(s => new { s.Id, s.Kind, s.HeldOn, s.Title }), ct);
        var ids = result.Items.Select(s => s.Id).ToList();
        // Unions by a second read: a hearing may name unions beside the actor's own, which the scope filter would drop.
        var names = await db.Set<LeadershipSessionUnion>().IgnoreQueryFilters().AsNoTracking().Where(x => ids.Contains(x.SessionId))
            .Join(db.Unions.IgnoreQueryFilters(), x => x.UnionId, un => un.Id, (x, un) => new { x.SessionId, un.Name }).ToListAsync(ct);
        return new PagedResult<Row>(result.Items.Select(s => new Row(s.Id, s.Kind, s.HeldOn, s.Title, names.Where(n => n.SessionId == s.Id).Select(n => n.Name).ToList())).ToList(),
            result.Total, result.Page, result.PageSize);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListLeadershipSessions h, int? page, int? pageSize, string? q, string? sort, int? year, string? kind, long? unionId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, EnumText.Parse<LeadershipSessionKind>(kind), unionId, ct)))
            .WithName("ListLeadershipSessions");
}
