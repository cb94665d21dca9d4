using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Imports;

/// <summary>
/// <c>GET /api/v1/imports/{id}/errors/rows?page=&amp;pageSize=</c>: the import's refused rows as the page lists them
/// (row, column, reason), by row; the full report is <see cref="ExportImportErrors"/>. Its total is the errors kept in
/// full; the job's error count says how many the file had.
/// </summary>
public sealed class ListImportErrors(GonghuiDbContext db)
{
    public sealed record Item(int Row, string? Column, string Message);

    public async Task<Outcome<PagedResult<Item>>> HandleAsync(long id, PageQuery page, CancellationToken ct)
    {
        // The job through its scope filter first: another union's job is not found, nor are its errors.
        if (!await db.Set<ImportJob>().AnyAsync(j => j.Id == id, ct))
        {
            return Outcome.NotFound;
        }

        return await page.ApplyAsync(Of(db, id), ct);
    }

    /// <summary>A job's kept errors in row order: this list's and the full report's.</summary>
    public static IQueryable<Item> Of(GonghuiDbContext db, long id) =>
        db.Set<ImportError>().AsNoTracking().Where(e => e.ImportJobId == id).OrderBy(e => e.Row).ThenBy(e => e.Id).Select(e => new Item(e.Row, e.Column, e.Message));

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}/errors/rows", async (long id, int? page, int? pageSize, ListImportErrors h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, new PageQuery(page, pageSize, null, null), ct)).ToHttp(p, TypedResults.Ok))
            .WithName("ListImportErrors");
}
