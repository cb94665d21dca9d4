using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment;

/// <summary>A closed year: when and by whom; send its version back to reopen it.</summary>
public sealed record ClosedYearDto(long Id, int Year, DateTime ClosedAt, string ClosedBy, long Version);

/// <summary><c>GET /api/v1/closed-years</c>: the years the district has closed, newest first (every role reads them with the scorecard).</summary>
public sealed class ListClosedYears(Infrastructure.Data.GonghuiDbContext db)
{
    public async Task<IReadOnlyList<ClosedYearDto>> HandleAsync(CancellationToken ct) =>
        await db.Set<ClosedYear>().AsNoTracking().OrderByDescending(c => c.Year)
            .Select(c => new ClosedYearDto(c.Id, c.Year, c.ClosedAt, c.ClosedBy, c.Version)).ToListAsync(ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListClosedYears h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .RequireAuthorization(Policies.ReadOrganisation)
            .WithName("ListClosedYears");
}
