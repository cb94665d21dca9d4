using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Api;

/// <summary>The list envelope every collection endpoint returns.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Common list parameters: <c>?page=1&amp;pageSize=50&amp;q=…&amp;sort=name</c> (a leading <c>-</c> sorts descending).</summary>
public sealed record PageQuery(int? Page, int? PageSize, string? Q, string? Sort)
{
    public const int MaxPageSize = 500;

    /// <summary>The longest search text and sort name: anything longer is no search a person types.</summary>
    public const int MaxSearchLength = 100;

    public const int MaxSortLength = 32;

    public int PageNumber => Math.Clamp(Page ?? 1, 1, QueryBounds.MaxPage);

    public int Size => Math.Clamp(PageSize ?? 50, 1, MaxPageSize);

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public bool Descending => Sort?.StartsWith('-') == true;

    public string? SortField => Sort?.TrimStart('-', '+');

    public async Task<PagedResult<T>> ApplyAsync<T>(IQueryable<T> query, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip((PageNumber - 1) * Size).Take(Size).ToListAsync(ct);
        return new PagedResult<T>(items, total, PageNumber, Size);
    }
}
