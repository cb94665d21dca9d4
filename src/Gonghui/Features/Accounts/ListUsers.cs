using Gonghui.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Accounts;

/// <summary><c>GET /api/v1/users?q=&amp;sort=</c>: the accounts the administrator may manage.</summary>
public sealed class ListUsers(AccountScope scope)
{
    public async Task<PagedResult<UserDto>> HandleAsync(PageQuery page, CancellationToken ct)
    {
        var query = scope.Visible().AsNoTracking();
        if (page.Search is { } q)
        {
            query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }

        query = (page.SortField, page.Descending) switch
        {
            ("displayName", false) => query.OrderBy(u => u.DisplayName),
            ("displayName", true) => query.OrderByDescending(u => u.DisplayName),
            ("createdAt", false) => query.OrderBy(u => u.CreatedAt),
            ("createdAt", true) => query.OrderByDescending(u => u.CreatedAt),
            (_, true) => query.OrderByDescending(u => u.UserName),
            _ => query.OrderBy(u => u.UserName),
        };
        return await page.ApplyAsync(scope.ToDto(query), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListUsers h, int? page, int? pageSize, string? q, string? sort, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), ct)))
            .WithName("ListUsers");
}
