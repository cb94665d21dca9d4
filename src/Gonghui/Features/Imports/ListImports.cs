using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Imports;

/// <summary><c>GET /api/v1/imports?kind=</c>: recent imports in the actor's scope, newest first.</summary>
public sealed class ListImports(GonghuiDbContext db, ImportProgressBoard board)
{
    public async Task<PagedResult<ImportJobDto>> HandleAsync(PageQuery page, string? kind, CancellationToken ct)
    {
        var query = db.Set<ImportJob>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(j => j.Kind == kind);
        }

        if (page.Search is { } q)
        {
            query = query.Where(j => j.FileName.Contains(q));
        }

        var result = await page.ApplyAsync(query.OrderByDescending(j => j.Id).ToDto(db), ct);
        return result with { Items = result.Items.Select(j => j.WithProgress(board)).ToList() };
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListImports h, int? page, int? pageSize, string? q, string? kind, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, null), kind, ct)))
            .WithName("ListImports");
}
