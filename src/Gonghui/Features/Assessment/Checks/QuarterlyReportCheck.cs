using Gonghui.Infrastructure.Rules;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Representatives;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>
/// R12: each industrial union's own quarterly workforce reports for the year, judged on today (the fourth falls due in
/// the next year), and the proposals its permanent representatives submitted in the year: answered on time, proposers satisfied.
/// </summary>
public sealed class QuarterlyReportCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IComplianceCheck
{
    public string Rule => "R12";

    public string Module => "WorkforceReports";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var dueDays = context.Settings.Get<WorkforceReportSettings>().DueDays;
        var targets = context.Settings.Get<ProposalSettings>();
        var ids = context.Unions.Select(u => u.Id).ToList();
        var reports = await db.Set<WorkforceReport>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => ids.Contains(r.UnionId) && r.Year == context.Year && r.SubmittedOn != null)
            .Select(r => new { r.Id, r.UnionId, r.Quarter, r.SubmittedOn }).ToListAsync(ct);
        var proposals = await db.Set<Proposal>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => ids.Contains(p.UnionId) && p.Year == context.Year && p.Status != ProposalStatus.Submitted)
            .OrderBy(p => p.SubmittedOn).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.UnionId, p.Title, p.SubmittedOn,
                Rounds = p.Rounds.OrderBy(r => r.Number).Select(r => new Representatives.Rules.ProposalRoundFacts(r.DueOn, r.AnsweredOn, r.Rating)).ToList(),
            }).ToListAsync(ct);
        return context.Unions.ToDictionary(u => u.Id, u => QuarterlyReportCompliance.Evaluate(context.Year,
            reports.Where(r => r.UnionId == u.Id)
                .Select(r => new QuarterFacts(r.Quarter, r.SubmittedOn, new Evidence("workforce-report", r.Id, t["Evidence.Quarter", context.Year, r.Quarter], r.SubmittedOn,
                    $"/api/v1/workforce-reports/{r.Id}", $"/mechanisms/workforce-reports?year={context.Year}"))).ToList(),
            context.Today, context.Settings.Calendar(), dueDays,
            new ProposalPart(proposals.Where(p => p.UnionId == u.Id)
                .Select(p => new ProposalFacts(p.Rounds, new Evidence("proposal", p.Id, p.Title, p.SubmittedOn, $"/api/v1/proposals/{p.Id}", $"/democracy/proposals?open={p.Id}"))).ToList(),
                targets.OnTimeTarget, targets.SatisfactionTarget)));
    }
}
