using Gonghui.Features.Assessment.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment;

/// <summary><c>GET /api/v1/annual-plans?year=&amp;unionId=</c>: the plans the actor sees, with their stored scores' weighted totals.</summary>
public sealed class ListAnnualPlans(GonghuiDbContext db)
{
    public sealed record Row(long Id, long UnionId, string UnionName, int Year, AnnualPlanStatus Status, int Items, int TotalWeight, decimal? SelfTotal, decimal? DistrictTotal);

    public async Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, CancellationToken ct)
    {
        var query = db.Set<AnnualPlan>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(p => p.Year == y);
        }

        if (unionId is long u)
        {
            query = query.Where(p => p.UnionId == u);
        }

        var result = await page.ApplyAsync(query.OrderByDescending(p => p.Year).ThenBy(p => p.Union!.Code)
            .Select(p => new { p.Id, p.UnionId, p.Union!.Name, p.Year, p.Status, Items = p.Items.Select(i => new { i.Weight, i.SelfScore, i.DistrictScore }).ToList() }), ct);
        return new PagedResult<Row>(result.Items.Select(p => new Row(p.Id, p.UnionId, p.Name, p.Year, p.Status, p.Items.Count, p.Items.Sum(i => i.Weight),
            PlanScoreRule.WeightedTotal(p.Items.Select(i => (i.Weight, i.SelfScore))), PlanScoreRule.WeightedTotal(p.Items.Select(i => (i.Weight, i.DistrictScore))))).ToList(),
            result.Total, result.Page, result.PageSize);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListAnnualPlans h, int? page, int? pageSize, int? year, long? unionId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, null, null), year, unionId, ct)))
            .WithName("ListAnnualPlans");
}
