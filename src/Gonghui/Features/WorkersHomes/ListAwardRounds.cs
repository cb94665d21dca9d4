using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>GET /api/v1/award-rounds?year=&amp;q=</c>: the district's rounds, newest first, with the nominations the actor sees and how many were commended.</summary>
public sealed class ListAwardRounds(GonghuiDbContext db)
{
    public sealed record Row(long Id, int Year, HomeTitleLevel Level, string Name, int PassScore, DateOnly NominationsCloseOn, int Nominations, int Scored, int Commended, int Declined);

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, CancellationToken ct)
    {
        var query = db.Set<AwardRound>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(x => x.Year == y);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Name.Contains(q));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(x => x.Year).ThenByDescending(x => x.Id)
            : query.OrderBy(x => x.Year).ThenBy(x => x.Id);
        return page.ApplyAsync(query.Select(x => new Row(x.Id, x.Year, x.Level, x.Name, x.PassScore, x.NominationsCloseOn, x.Nominations.Count, x.Nominations.Count(n => n.Score != null),
            x.Nominations.Count(n => n.Decision == NominationDecision.Commended), x.Nominations.Count(n => n.Decision == NominationDecision.Declined))), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListAwardRounds h, int? page, int? pageSize, string? q, string? sort, int? year, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, ct)))
            .WithName("ListAwardRounds");
}
