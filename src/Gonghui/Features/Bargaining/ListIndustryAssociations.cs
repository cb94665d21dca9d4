using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/industry-associations?q=&amp;industrySection=</c>: the district's directory of associations and chambers.</summary>
public sealed class ListIndustryAssociations(GonghuiDbContext db)
{
    public Task<PagedResult<IndustryAssociationDto>> HandleAsync(PageQuery page, string? industrySection, CancellationToken ct)
    {
        var query = db.Set<IndustryAssociation>().AsNoTracking();
        if (page.Search is { } q)
        {
            query = query.Where(a => a.Name.Contains(q) || a.CreditCode == q);
        }

        if (!string.IsNullOrEmpty(industrySection))
        {
            query = query.Where(a => a.IndustrySection == industrySection);
        }

        query = page.Descending ? query.OrderByDescending(a => a.Name).ThenBy(a => a.Id) : query.OrderBy(a => a.Name).ThenBy(a => a.Id);
        return page.ApplyAsync(query.ToDto(), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListIndustryAssociations h, int? page, int? pageSize, string? q, string? sort, string? industrySection, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), industrySection, ct)))
            .WithName("ListIndustryAssociations");
}
