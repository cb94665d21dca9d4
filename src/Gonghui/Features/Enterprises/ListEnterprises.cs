using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Enterprises;

/// <summary><c>GET /api/v1/enterprises?q=&amp;section=&amp;size=&amp;subDistrict=&amp;covered=&amp;unionId=&amp;underUnionId=&amp;sort=</c>: by name or credit code, industry, size, place, coverage.</summary>
public sealed class ListEnterprises(GonghuiDbContext db)
{
    /// <param name="SubDistrict">A sub-district's name; empty text asks for enterprises with none recorded.</param>
    /// <param name="UnderUnionId">Covered by that union or a union below it (a compliance figure's enterprises).</param>
    public sealed record Filter(string? Section = null, bool? Covered = null, long? UnionId = null, SizeClass? Size = null, string? SubDistrict = null, long? UnderUnionId = null);

    public async Task<PagedResult<EnterpriseDto>> HandleAsync(PageQuery page, Filter filter, CancellationToken ct)
    {
        var query = Query(page, filter);
        query = (page.SortField, page.Descending) switch
        {
            ("employees", false) => query.OrderBy(e => e.Employees).ThenBy(e => e.Id),
            ("employees", true) => query.OrderByDescending(e => e.Employees).ThenBy(e => e.Id),
            ("activeMembers", false) => query.OrderBy(e => e.ActiveMembers).ThenBy(e => e.Id),
            ("activeMembers", true) => query.OrderByDescending(e => e.ActiveMembers).ThenBy(e => e.Id),
            ("creditCode", false) => query.OrderBy(e => e.CreditCode),
            ("creditCode", true) => query.OrderByDescending(e => e.CreditCode),
            (_, true) => query.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
            _ => query.OrderBy(e => e.Name).ThenBy(e => e.Id),
        };
        return await page.ApplyAsync(query.ToDto(), ct);
    }

    /// <summary>The enterprises the search and filters select, unordered (the list pages them, the export streams them).</summary>
    internal IQueryable<Enterprise> Query(PageQuery page, Filter filter)
    {
        var query = db.Enterprises.AsNoTracking();
        if (page.Search is { } q)
        {
            var code = q.ToUpperInvariant();
            query = query.Where(e => e.Name.Contains(q) || e.CreditCode == code);
        }

        if (filter.Section is { Length: 1 } section)
        {
            query = query.Where(e => e.IndustrySection == section);
        }

        if (filter.Size is { } size)
        {
            query = query.Where(e => e.SizeClass == size);
        }

        if (filter.SubDistrict is { } place)
        {
            query = place.Length == 0 ? query.Where(e => e.SubDistrict == null) : query.Where(e => e.SubDistrict == place);
        }

        if (filter.Covered is bool covered)
        {
            query = covered ? query.Where(e => e.UnionId != null) : query.Where(e => e.UnionId == null);
        }

        if (filter.UnionId is long unionId)
        {
            query = query.Where(e => e.UnionId == unionId);
        }

        if (filter.UnderUnionId is long under)
        {
            var path = db.Unions.Where(u => u.Id == under).Select(u => u.Path);
            query = query.Where(e => e.Union != null && path.Any(p => e.Union.Path.StartsWith(p)));
        }

        return query;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListEnterprises h, int? page, int? pageSize, string? q, string? sort, string? section, bool? covered, long? unionId, string? size, string? subDistrict, long? underUnionId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), new Filter(section, covered, unionId, EnumText.Parse<SizeClass>(size), subDistrict, underUnionId), ct)))
            .WithName("ListEnterprises");
}
