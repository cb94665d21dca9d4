using Gonghui.Features.Stations.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Stations;

/// <summary><c>GET /api/v1/service-stations?year=&amp;unionId=&amp;kind=&amp;open=&amp;q=</c>: stations in the actor's scope by name, each with its score of the year against the threshold.</summary>
public sealed class ListStations(GonghuiDbContext db, StationReader reader)
{
    /// <param name="Total">The year's score; null when not scored that year.</param>
    public sealed record Row(long Id, long UnionId, string UnionName, string Name, StationKind Kind, string Address, bool StationIntegrated, DateOnly? ClosedOn, decimal? Total, int Threshold)
    {
        public bool? Standardised => Total is { } total ? StandardisationRule.Standardised(total, Threshold) : null;
    }

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int year, long? unionId, StationKind? kind, bool? open, CancellationToken ct)
    {
        var query = db.Set<ServiceStation>().AsNoTracking();
        if (unionId is long u)
        {
            query = query.Where(x => x.UnionId == u);
        }

        if (kind is { } k)
        {
            query = query.Where(x => x.Kind == k);
        }

        if (open is bool o)
        {
            query = o ? query.Where(x => x.ClosedOn == null) : query.Where(x => x.ClosedOn != null);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Name.Contains(q) || x.Address.Contains(q) || x.Union!.Name.Contains(q));
        }

        query = page.Descending ? query.OrderByDescending(x => x.Name).ThenByDescending(x => x.Id) : query.OrderBy(x => x.Name).ThenBy(x => x.Id);
        var threshold = reader.Settings.Threshold;
        return page.ApplyAsync(query.Select(x => new Row(x.Id, x.UnionId, x.Union!.Name, x.Name, x.Kind, x.Address, x.StationIntegrated, x.ClosedOn,
            x.Scores.Where(s => s.Year == year).Select(s => (decimal?)s.Total).FirstOrDefault(), threshold)), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListStations h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? kind, bool? open, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year ?? Infrastructure.Localization.LocalizationSetup.Today.Year, unionId,
                    EnumText.Parse<StationKind>(kind), open, ct)))
            .WithName("ListStations");
}
