using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.AuditLog;

/// <summary><c>GET /api/v1/audit-entries/verify</c> and <c>gonghui audit verify</c>: walks the whole chain in batches.</summary>
public sealed class VerifyAuditChain(GonghuiDbContext db)
{
    private const int Batch = 5000;

    public sealed record Result(bool Intact, long Checked, long? FirstBrokenId);

    public async Task<Result> HandleAsync(CancellationToken ct)
    {
        var previous = AuditChain.Genesis;
        long lastId = 0, count = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return new Result(true, count, null);
            }

            if (AuditChain.FirstBroken(batch, ref previous) is long broken)
            {
                return new Result(false, count + batch.FindIndex(e => e.Id == broken), broken);
            }

            count += batch.Count;
            lastId = batch[^1].Id;
        }
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/verify", async (VerifyAuditChain h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithName("VerifyAuditChain");
}
