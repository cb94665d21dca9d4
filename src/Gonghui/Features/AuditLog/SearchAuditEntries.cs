using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.AuditLog;

/// <summary><c>GET /api/v1/audit-entries?q=&amp;action=&amp;entityType=&amp;unionId=&amp;from=&amp;to=</c>: newest first, for auditors (<c>q</c> matches the person, the record's kind or number).</summary>
public sealed class SearchAuditEntries(GonghuiDbContext db)
{
    public sealed record Filter(string? Action = null, string? EntityType = null, DateOnly? From = null, DateOnly? To = null, long? UnionId = null);

    public sealed record Item(long Id, DateTime At, string ActorName, string? IpAddress, string Action, string EntityType, string? EntityId, long? UnionId, string? Before, string? After);

    public async Task<PagedResult<Item>> HandleAsync(PageQuery page, Filter filter, CancellationToken ct)
    {
        IQueryable<AuditEntry> query = db.AuditEntries.AsNoTracking();
        if (page.Search is { } q)
        {
            query = query.Where(e => e.ActorName.Contains(q) || (e.EntityId != null && e.EntityId.Contains(q)) || e.EntityType.Contains(q));
        }

        if (filter.Action is { Length: > 0 } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (filter.EntityType is { Length: > 0 } type)
        {
            query = query.Where(e => e.EntityType == type);
        }

        if (filter.UnionId is { } union)
        {
            query = query.Where(e => e.UnionId == union);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
            query = query.Where(e => e.At < end);
        }

        query = page.Descending || page.SortField is null ? query.OrderByDescending(e => e.Id) : query.OrderBy(e => e.Id);
        return await page.ApplyAsync(query.Select(e => new Item(e.Id, e.At, e.ActorName, e.IpAddress, e.Action, e.EntityType, e.EntityId, e.UnionId, e.Before, e.After)), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (SearchAuditEntries h, int? page, int? pageSize, string? q, string? sort, string? action, string? entityType, DateOnly? from, DateOnly? to, long? unionId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), new Filter(action, entityType, from, to, unionId), ct)))
            .WithName("SearchAuditEntries");
}
