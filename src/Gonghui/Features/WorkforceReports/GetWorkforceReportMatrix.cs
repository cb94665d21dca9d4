using Gonghui.Infrastructure.Settings;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Rules;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WorkforceReports;

/// <summary>
/// <c>GET /api/v1/workforce-reports/matrix?year=&amp;kind=industrial-union</c>: every union of the kind in the actor's
/// scope against the year's four quarters — submitted on time, late, draft, missing, not yet due — and whether R12 is met
/// so far. Paged by union.
/// </summary>
public sealed class GetWorkforceReportMatrix(GonghuiDbContext db, DistrictSettings district)
{
    public sealed record Cell(int Quarter, long? ReportId, WorkforceReportStatus? Status, DateOnly? SubmittedOn, DateOnly DueOn, DeadlineState Deadline);

    public sealed record Row(long UnionId, string UnionName, IReadOnlyList<Cell> Quarters, bool Met);

    public async Task<PagedResult<Row>> HandleAsync(int year, UnionKind kind, PageQuery page, CancellationToken ct)
    {
        var unions = db.Unions.AsNoTracking().Where(u => u.Kind == kind);
        if (page.Search is { } q)
        {
            unions = unions.Where(u => u.Name.Contains(q));
        }

        var rows = await page.ApplyAsync(unions.OrderBy(u => u.Code).Select(u => new { u.Id, u.Name }), ct);
        var ids = rows.Items.Select(u => u.Id).ToList();
        var reports = await db.Set<WorkforceReport>().AsNoTracking().Where(r => r.Year == year && ids.Contains(r.UnionId))
            .Select(r => new { r.Id, r.UnionId, r.Quarter, r.Status, r.SubmittedOn }).ToListAsync(ct);
        var today = LocalizationSetup.Today;
        var items = rows.Items.Select(u =>
        {
            var verdicts = Enumerable.Range(1, 4).Select(quarter =>
            {
                var r = reports.FirstOrDefault(x => x.UnionId == u.Id && x.Quarter == quarter);
                var submitted = r?.Status == WorkforceReportStatus.Submitted ? r.SubmittedOn : null;
                return (Report: r, Verdict: district.Get<WorkforceReportSettings>().Evaluate(year, quarter, submitted, today, district.Calendar()));
            }).ToList();
            var cells = verdicts.Select(v => new Cell(v.Verdict.Quarter, v.Report?.Id, v.Report?.Status, v.Report?.SubmittedOn, v.Verdict.Deadline.LastDay, v.Verdict.Deadline.State)).ToList();
            return new Row(u.Id, u.Name, cells, Rules.QuarterlyReportRule.YearMet(verdicts.Select(v => v.Verdict)));
        }).ToList();
        return new PagedResult<Row>(items, rows.Total, rows.Page, rows.PageSize);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/matrix", async (int year, string? kind, int? page, int? pageSize, string? q, GetWorkforceReportMatrix h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(year, EnumText.Parse<UnionKind>(kind) ?? UnionKind.IndustrialUnion, new PageQuery(page, pageSize, q, null), ct)))
            .WithName("GetWorkforceReportMatrix");
}
