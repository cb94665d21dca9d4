using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/elections?year=&amp;unionId=&amp;status=&amp;q=</c>: elections in the actor's scope, newest first; <c>status=submitted</c> is what waits for approval.</summary>
public sealed class ListElections(GonghuiDbContext db)
{
    public sealed record Row(long Id, long UnionId, string UnionName, long SessionId, DateOnly HeldOn, int TermNumber, int SessionNumber, ElectionOffice Office, int Round,
        int Seats, int Candidates, int Elected, ElectionStatus Status);

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, ElectionStatus? status, CancellationToken ct)
    {
        var query = db.Set<Election>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(x => x.Session!.HeldOn >= new DateOnly(y, 1, 1) && x.Session.HeldOn <= new DateOnly(y, 12, 31));
        }

        if (unionId is long u)
        {
            query = query.Where(x => x.UnionId == u);
        }

        if (status is { } s)
        {
            query = query.Where(x => x.Status == s);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Union!.Name.Contains(q) || x.Candidates.Any(c => c.Name.Contains(q)));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(x => x.Session!.HeldOn).ThenByDescending(x => x.Id)
            : query.OrderBy(x => x.Session!.HeldOn).ThenBy(x => x.Id);
        return page.ApplyAsync(query.Select(x => new Row(x.Id, x.UnionId, x.Union!.Name, x.SessionId, x.Session!.HeldOn, x.Session.Term!.Number, x.Session.Number, x.Office, x.Round,
            x.Seats, x.Candidates.Count, x.Candidates.Count(c => c.Elected), x.Status)), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListElections h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? status, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<ElectionStatus>(status), ct)))
            .WithName("ListElections");
}
