using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Training;

/// <summary><c>GET /api/v1/skills-competitions?year=&amp;unionId=&amp;q=</c>: competitions in the actor's scope, newest first, with their awards counted.</summary>
public sealed class ListSkillsCompetitions(GonghuiDbContext db)
{
    public sealed record Row(long Id, long UnionId, string UnionName, string Title, string Occupation, DateOnly HeldOn, int Entrants, int Awards);

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, CancellationToken ct)
    {
        var query = db.Set<SkillsCompetition>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(c => c.HeldOn >= new DateOnly(y, 1, 1) && c.HeldOn <= new DateOnly(y, 12, 31));
        }

        if (unionId is long u)
        {
            query = query.Where(c => c.UnionId == u);
        }

        if (page.Search is { } q)
        {
            query = query.Where(c => c.Title.Contains(q) || c.Occupation.Contains(q));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
            : query.OrderBy(c => c.HeldOn).ThenBy(c => c.Id);
        return page.ApplyAsync(query.Select(c => new Row(c.Id, c.UnionId, c.Union!.Name, c.Title, c.Occupation, c.HeldOn, c.Entrants, c.Awards.Count)), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListSkillsCompetitions h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, ct)))
            .WithName("ListSkillsCompetitions");
}
