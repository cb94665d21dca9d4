using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.AuditLog;

/// <summary>
/// <c>GET /api/v1/audit-entries/overview?days=7</c>: what an auditor's home shows — the last days' sign-ins, failures,
/// lockouts, reveals, look-ups and exports counted by action, the latest of the ones to look at, and the last anchor the
/// chain was checked against (a full check is the audit page's, being a walk over every entry).
/// </summary>
public sealed class GetAuditOverview(GonghuiDbContext db, AuditAnchors anchors, TimeProvider clock)
{
    /// <summary>The actions an auditor watches, in the order the home shows them.</summary>
    public static readonly IReadOnlyList<string> Watched = ["sign-in", "sign-in-failed", "lockout", "unlock", "two-factor-off", "two-factor-reset", "reveal", "look-up", "export", "download", "restore", "key-rotate"];

    /// <summary>Of those, the ones listed one by one: each is a person's data shown, looked for or taken away, or an account under attack.</summary>
    public static readonly IReadOnlyList<string> Listed = ["sign-in-failed", "lockout", "two-factor-off", "two-factor-reset", "reveal", "look-up", "export", "restore", "key-rotate"];

    public sealed record Overview(int Days, IReadOnlyDictionary<string, int> ByAction, IReadOnlyList<SearchAuditEntries.Item> Latest, AuditAnchor? Anchor, long EntriesSinceAnchor);

    public async Task<Overview> HandleAsync(int days, CancellationToken ct)
    {
        days = Math.Clamp(days, 1, 90);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var counts = await db.AuditEntries.AsNoTracking().Where(e => e.At >= since && Watched.Contains(e.Action))
            .GroupBy(e => e.Action).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var latest = await db.AuditEntries.AsNoTracking().Where(e => e.At >= since && Listed.Contains(e.Action)).OrderByDescending(e => e.Id).Take(10)
            .Select(e => new SearchAuditEntries.Item(e.Id, e.At, e.ActorName, e.IpAddress, e.Action, e.EntityType, e.EntityId, e.UnionId, e.Before, e.After)).ToListAsync(ct);
        var anchor = anchors.Read().Last;
        var sinceAnchor = anchor is null ? await db.AuditEntries.LongCountAsync(ct) : await db.AuditEntries.LongCountAsync(e => e.Id > anchor.LastId, ct);
        return new Overview(days, Watched.ToDictionary(a => a, a => counts.FirstOrDefault(c => c.Key == a)?.Count ?? 0), latest, anchor, sinceAnchor);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/overview", async (GetAuditOverview h, int? days, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(days ?? 7, ct)))
            .WithName("GetAuditOverview");
}
