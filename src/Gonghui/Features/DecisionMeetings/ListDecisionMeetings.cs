using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>GET /api/v1/decision-meetings?year=&amp;unionId=&amp;kind=&amp;q=</c>: decision meetings in the actor's scope, newest first.</summary>
public sealed class ListDecisionMeetings(GonghuiDbContext db)
{
    public sealed record Row(long Id, long UnionId, string UnionName, DecisionMeetingKind Kind, DateOnly HeldOn, string Title, int Research);

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, DecisionMeetingKind? kind, CancellationToken ct)
    {
        var query = db.Set<DecisionMeeting>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(m => m.HeldOn >= new DateOnly(y, 1, 1) && m.HeldOn <= new DateOnly(y, 12, 31));
        }

        if (unionId is long u)
        {
            query = query.Where(m => m.UnionId == u);
        }

        if (kind is { } k)
        {
            query = query.Where(m => m.Kind == k);
        }

        if (page.Search is { } q)
        {
            query = query.Where(m => m.Title.Contains(q) || m.Decisions.Contains(q));
        }

        query = page.Descending || page.SortField is null ? query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id) : query.OrderBy(m => m.HeldOn).ThenBy(m => m.Id);
        return page.ApplyAsync(query.Select(m => new Row(m.Id, m.UnionId, m.Union!.Name, m.Kind, m.HeldOn, m.Title,
            db.Set<DecisionResearch>().Count(r => r.DecisionMeetingId == m.Id))), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListDecisionMeetings h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? kind, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<DecisionMeetingKind>(kind), ct)))
            .WithName("ListDecisionMeetings");
}
