using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Imports;

/// <summary><c>GET /api/v1/imports/{id}</c>: the job, with live progress while it runs.</summary>
public sealed class GetImport(GonghuiDbContext db, ImportProgressBoard board)
{
    public async Task<Outcome<ImportJobDto>> HandleAsync(long id, CancellationToken ct) =>
        await db.Set<ImportJob>().AsNoTracking().Where(j => j.Id == id).ToDto(db).FirstOrDefaultAsync(ct) is { } job
            ? job.WithProgress(board)
            : Outcome.NotFound;

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetImport h, Problems p, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetImport");
}
