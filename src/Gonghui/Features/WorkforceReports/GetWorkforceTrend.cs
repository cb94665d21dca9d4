using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WorkforceReports;

/// <summary>
/// <c>GET /api/v1/workforce-reports/trend?unionId=&amp;fromYear=&amp;toYear=</c>: a union's submitted figures quarter by
/// quarter (default: the last three years), for the trend charts; each point carries every indicator.
/// </summary>
public sealed class GetWorkforceTrend(GonghuiDbContext db)
{
    public sealed record Point(int Year, int Quarter, WorkforceFigures Figures);

    public sealed record Result(long UnionId, string UnionName, IReadOnlyList<string> Indicators, IReadOnlyList<Point> Points);

    public async Task<Result?> HandleAsync(long unionId, int fromYear, int toYear, CancellationToken ct)
    {
        var name = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return null;
        }

        var points = await db.Set<WorkforceReport>().AsNoTracking()
            .Where(r => r.UnionId == unionId && r.Year >= fromYear && r.Year <= toYear && r.Status == WorkforceReportStatus.Submitted)
            .OrderBy(r => r.Year).ThenBy(r => r.Quarter)
            .Select(r => new Point(r.Year, r.Quarter, r.Figures)).ToListAsync(ct);
        return new Result(unionId, name, WorkforceFigures.Indicators, points);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/trend", async (long unionId, int? fromYear, int? toYear, GetWorkforceTrend h, Problems p, CancellationToken ct) =>
            {
                var to = toYear ?? LocalizationSetup.Today.Year;
                return await h.HandleAsync(unionId, fromYear ?? to - 2, to, ct) is { } trend
                    ? Results.Ok(trend)
                    : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok());
            })
            .WithName("GetWorkforceTrend");
}
