using Gonghui.Infrastructure.Rules;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R12: each industrial union's own quarterly workforce reports for the year, judged on today (the fourth falls due in the next year).</summary>
public sealed class QuarterlyReportCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IComplianceCheck
{
    public string Rule => "R12";

    public string Module => "WorkforceReports";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var dueDays = context.Settings.Get<WorkforceReportSettings>().DueDays;
        var ids = context.Unions.Select(u => u.Id).ToList();
        var reports = await db.Set<WorkforceReport>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => ids.Contains(r.UnionId) && r.Year == context.Year && r.SubmittedOn != null)
            .Select(r => new { r.Id, r.UnionId, r.Quarter, r.SubmittedOn }).ToListAsync(ct);
        return context.Unions.ToDictionary(u => u.Id, u => QuarterlyReportCompliance.Evaluate(context.Year,
            reports.Where(r => r.UnionId == u.Id)
                .Select(r => new QuarterFacts(r.Quarter, r.SubmittedOn, new Evidence("workforce-report", r.Id, t["Evidence.Quarter", context.Year, r.Quarter], r.SubmittedOn,
                    $"/api/v1/workforce-reports/{r.Id}", $"/mechanisms/workforce-reports?year={context.Year}"))).ToList(),
            context.Today, context.Settings.Calendar(), dueDays));
    }
}
