using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Organisation;

/// <summary>
/// <c>GET /api/v1/unions?q=&amp;kind=&amp;parentId=&amp;roots=true&amp;directory=true&amp;sort=</c>: the unions the actor may see; with
/// <c>directory</c>, every union of the district (names and public contacts only matter there: naming a transfer's receiving union).
/// </summary>
public sealed class ListUnions(GonghuiDbContext db, ScopedUnions scoped)
{
    public sealed record Filter(UnionKind? Kind = null, long? ParentId = null, bool Roots = false, bool Directory = false);

    public async Task<PagedResult<UnionDto>> HandleAsync(PageQuery page, Filter filter, CancellationToken ct)
    {
        var query = (filter.Directory ? db.Unions.IgnoreQueryFilters() : db.Unions).AsNoTracking();
        if (page.Search is { } q)
        {
            query = query.Where(u => u.Name.Contains(q) || u.Code.Contains(q) || (u.ChairName != null && u.ChairName.Contains(q)));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(u => u.Kind == kind);
        }

        if (filter.ParentId is { } parentId)
        {
            query = query.Where(u => u.ParentId == parentId);
        }
        else if (filter.Roots)
        {
            // The tops of what this actor sees: the district for district roles, the actor's own union otherwise.
            query = scoped.Roots(query);
        }

        query = (page.SortField, page.Descending) switch
        {
            ("name", false) => query.OrderBy(u => u.Name),
            ("name", true) => query.OrderByDescending(u => u.Name),
            ("kind", false) => query.OrderBy(u => u.Kind).ThenBy(u => u.Code),
            ("kind", true) => query.OrderByDescending(u => u.Kind).ThenBy(u => u.Code),
            ("updatedAt", false) => query.OrderBy(u => u.UpdatedAt),
            ("updatedAt", true) => query.OrderByDescending(u => u.UpdatedAt),
            (_, true) => query.OrderByDescending(u => u.Code),
            _ => query.OrderBy(u => u.Code),
        };
        return await page.ApplyAsync(query.ToDto(db.Unions), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListUnions h, int? page, int? pageSize, string? q, string? sort, string? kind, long? parentId, bool? roots, bool? directory, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), new Filter(EnumText.Parse<UnionKind>(kind), parentId, roots ?? false, directory ?? false), ct)))
            .WithName("ListUnions");
}
