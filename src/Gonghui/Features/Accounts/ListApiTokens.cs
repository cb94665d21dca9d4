using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Accounts;

/// <summary><c>GET /api/v1/tokens</c>: the caller's own tokens (never the secrets).</summary>
public sealed class ListApiTokens(GonghuiDbContext db, CurrentActor actor)
{
    public sealed record Item(long Id, string Name, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

    public Task<List<Item>> HandleAsync(CancellationToken ct) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).OrderByDescending(t => t.CreatedAt)
            .Select(t => new Item(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt)).ToListAsync(ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListApiTokens h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithName("ListApiTokens");
}
