using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.AuditLog;

/// <summary>
/// <c>GET /api/v1/audit-entries/verify</c> and <c>gonghui audit verify</c>: walks the whole keyed chain in batches, then
/// checks it still reaches the last anchor kept outside the database. An edited entry, a chain recomputed without the
/// key, an appended forgery (a link that does not hold), a removed tail or a rewritten past (the anchor's head is gone)
/// are each found; so is an altered anchor file.
/// </summary>
public sealed class VerifyAuditChain(GonghuiDbContext db, AuditChain chain, AuditAnchors anchors)
{
    private const int Batch = 5000;

    /// <param name="Problem">null when whole; else <c>broken</c> (a link does not hold), <c>removed</c> (entries the last
    /// anchor counted are gone), <c>rewritten</c> (the anchor's head is not there), <c>anchor-altered</c>.</param>
    public sealed record Result(bool Intact, long Checked, long? FirstBrokenId, string Head, AuditAnchor? Anchor, string? Problem);

    public async Task<Result> HandleAsync(CancellationToken ct)
    {
        var previous = AuditChain.Genesis;
        long lastId = 0, count = 0;
        while (await db.AuditEntries.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } batch)
        {
            if (chain.FirstBroken(batch, ref previous) is long broken)
            {
                return new Result(false, count + batch.FindIndex(e => e.Id == broken), broken, previous, anchors.Read().Last, "broken");
            }

            count += batch.Count;
            lastId = batch[^1].Id;
        }

        var (anchor, altered) = anchors.Read();
        var problem = altered > 0 ? "anchor-altered" : anchor is null ? null : await AuditAnchors.ProblemAsync(db, anchor, ct);
        return new Result(problem is null, count, null, previous, anchor, problem);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/verify", async (VerifyAuditChain h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithName("VerifyAuditChain");
}
