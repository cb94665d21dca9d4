using Gonghui.Features.Congresses.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/congress-sessions?year=&amp;unionId=&amp;termId=&amp;q=</c>: sessions in the actor's scope, newest first, each with its quorum.</summary>
public sealed class ListCongressSessions(GonghuiDbContext db)
{
    /// <param name="Quorate">L10: two thirds of those entitled present.</param>
    public sealed record Row(long Id, long UnionId, string UnionName, long TermId, int TermNumber, CongressKind CongressKind, int Number, SessionKind Kind, DateOnly HeldOn,
        int Entitled, int Present, bool Quorate, int AgendaItems, int Elections);

    public async Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, long? termId, CancellationToken ct)
    {
        var query = db.Set<CongressSession>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(x => x.HeldOn >= new DateOnly(y, 1, 1) && x.HeldOn <= new DateOnly(y, 12, 31));
        }

        if (unionId is long u)
        {
            query = query.Where(x => x.UnionId == u);
        }

        if (termId is long term)
        {
            query = query.Where(x => x.TermId == term);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Union!.Name.Contains(q));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(x => x.HeldOn).ThenByDescending(x => x.Id)
            : query.OrderBy(x => x.HeldOn).ThenBy(x => x.Id);
        var result = await page.ApplyAsync(query.Select(x => new Row(x.Id, x.UnionId, x.Union!.Name, x.TermId, x.Term!.Number, x.Term.Kind, x.Number, x.Kind, x.HeldOn,
            x.Entitled, x.Present, false, x.AgendaItems.Count, db.Set<Election>().Count(e => e.SessionId == x.Id))), ct);
        return result with { Items = result.Items.Select(r => r with { Quorate = QuorumRule.Met(r.Present, r.Entitled) }).ToList() };
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListCongressSessions h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, long? termId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, termId, ct)))
            .WithName("ListCongressSessions");
}
