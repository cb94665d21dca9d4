using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>DELETE /api/v1/closed-years/{year}?version=</c>: the district reopens a closed year (district administrators). Its
/// kept figures and parameters go; its scorecard reads today's registry again. The reopening is audited.
/// </summary>
public sealed class ReopenYear(GonghuiDbContext db)
{
    public async Task<Outcome<bool>> HandleAsync(int year, long? version, CancellationToken ct)
    {
        var closed = await db.Set<ClosedYear>().FirstOrDefaultAsync(c => c.Year == year, ct);
        if (closed is null)
        {
            return Outcome.NotFound;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ClosedYearFigures>().IgnoreQueryFilters().Where(f => f.Year == year).ExecuteDeleteAsync(ct);
        var result = await db.TryDeleteAsync(closed, version, ct);
        if (result != DeleteResult.Deleted)
        {
            return Outcome.Stale;
        }

        await tx.CommitAsync(ct);
        return true;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{year:int}", async (int year, long? version, ReopenYear h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(year, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.SetDistrictSettings)
            .WithName("ReopenYear");
}
