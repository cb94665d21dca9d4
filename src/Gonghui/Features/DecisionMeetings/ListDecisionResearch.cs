using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>GET /api/v1/decision-research?year=&amp;unionId=&amp;q=</c>: research before major decisions in the actor's scope, newest first.</summary>
public sealed class ListDecisionResearch(GonghuiDbContext db)
{
    public Task<PagedResult<DecisionResearchDto>> HandleAsync(PageQuery page, int? year, long? unionId, CancellationToken ct)
    {
        var query = db.Set<DecisionResearch>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(r => r.ConductedOn >= new DateOnly(y, 1, 1) && r.ConductedOn <= new DateOnly(y, 12, 31));
        }

        if (unionId is long u)
        {
            query = query.Where(r => r.UnionId == u);
        }

        if (page.Search is { } q)
        {
            query = query.Where(r => r.Title.Contains(q));
        }

        query = page.Descending || page.SortField is null ? query.OrderByDescending(r => r.ConductedOn).ThenByDescending(r => r.Id) : query.OrderBy(r => r.ConductedOn).ThenBy(r => r.Id);
        return page.ApplyAsync(query.Select(DecisionRecords.ResearchDto), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListDecisionResearch h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, ct)))
            .WithName("ListDecisionResearch");
}
