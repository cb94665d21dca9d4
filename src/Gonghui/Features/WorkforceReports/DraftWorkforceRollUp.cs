using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WorkforceReports;

/// <summary>
/// <c>GET /api/v1/workforce-reports/roll-up?unionId=&amp;year=&amp;quarter=</c>: the figures of the union's own report
/// drafted from its direct subordinate unions' submitted reports for the quarter (an industrial union's from its
/// grassroots unions), with the sources and the unions that have not reported. Direct children only, so no worker is
/// counted twice where an intermediate union reported too. Nothing is saved: staff edit the draft and save it.
/// </summary>
public sealed class DraftWorkforceRollUp(GonghuiDbContext db)
{
    public sealed record Source(long UnionId, string UnionName, long ReportId, DateOnly? SubmittedOn);

    public sealed record Missing(long UnionId, string UnionName);

    public sealed record Result(long UnionId, int Year, int Quarter, WorkforceFigures Figures, IReadOnlyList<Source> Sources, IReadOnlyList<Missing> NotReported);

    public async Task<Result?> HandleAsync(long unionId, int year, int quarter, CancellationToken ct)
    {
        if (quarter is < 1 or > 4 || !await db.Unions.AnyAsync(u => u.Id == unionId, ct))
        {
            return null;
        }

        var reports = await db.Set<WorkforceReport>().AsNoTracking()
            .Where(r => r.Union!.ParentId == unionId && r.Year == year && r.Quarter == quarter && r.Status == WorkforceReportStatus.Submitted)
            .Select(r => new { r.Id, r.UnionId, r.Union!.Name, r.SubmittedOn, r.Figures })
            .ToListAsync(ct);
        var reported = reports.Select(r => r.UnionId).ToHashSet();
        var children = await db.Unions.AsNoTracking().Where(u => u.ParentId == unionId).OrderBy(u => u.Code).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return new Result(unionId, year, quarter, WorkforceFigures.RollUp(reports.Select(r => r.Figures).ToList()),
            reports.OrderBy(r => r.Name).Select(r => new Source(r.UnionId, r.Name, r.Id, r.SubmittedOn)).ToList(),
            children.Where(c => !reported.Contains(c.Id)).Select(c => new Missing(c.Id, c.Name)).ToList());
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/roll-up", async (long unionId, int year, int quarter, DraftWorkforceRollUp h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(unionId, year, quarter, ct) is { } draft ? Results.Ok(draft) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("DraftWorkforceRollUp");
}
