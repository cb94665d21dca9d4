using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WorkforceReports;

/// <summary><c>GET /api/v1/workforce-reports?year=&amp;quarter=&amp;unionId=&amp;status=</c>: reports in the actor's scope, latest quarter first.</summary>
public sealed class ListWorkforceReports(GonghuiDbContext db, WorkforceReportReader reader)
{
    public async Task<PagedResult<WorkforceReportDto>> HandleAsync(PageQuery page, int? year, int? quarter, long? unionId, WorkforceReportStatus? status, CancellationToken ct)
    {
        var query = db.Set<WorkforceReport>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(r => r.Year == y);
        }

        if (quarter is int q)
        {
            query = query.Where(r => r.Quarter == q);
        }

        if (unionId is long u)
        {
            query = query.Where(r => r.UnionId == u);
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (page.Search is { } text)
        {
            query = query.Where(r => r.Union!.Name.Contains(text));
        }

        query = page.Descending
            ? query.OrderBy(r => r.Year).ThenBy(r => r.Quarter).ThenBy(r => r.Id)
            : query.OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ThenBy(r => r.Id);
        var rows = await page.ApplyAsync(query.Select(r => new { Report = r, r.Union!.Name }), ct);
        return new PagedResult<WorkforceReportDto>(rows.Items.Select(x => reader.ToDto(x.Report, x.Name)).ToList(), rows.Total, rows.Page, rows.PageSize);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListWorkforceReports h, int? page, int? pageSize, string? q, string? sort, int? year, int? quarter, long? unionId, string? status, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, quarter, unionId, EnumText.Parse<WorkforceReportStatus>(status), ct)))
            .WithName("ListWorkforceReports");
}
