using Gonghui.Features.WorkforceReports.Rules;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>One quarter's submitted report (or none), for R12.</summary>
public sealed record QuarterFacts(int Quarter, DateOnly? SubmittedOn, Evidence? Report);

/// <summary>
/// R12 as a compliance verdict: of the year's quarters whose report is due by the day asked, how many came on time
/// (<see cref="QuarterlyReportRule"/>). Met when every due report came on time; a report one day late, or one missing
/// past its day, is not. Before the first report falls due it does not apply yet.
/// </summary>
public static class QuarterlyReportCompliance
{
    public static RuleVerdict Evaluate(int year, IReadOnlyList<QuarterFacts> quarters, DateOnly today, LegalCalendar calendar, int dueDays)
    {
        var verdicts = Enumerable.Range(1, 4)
            .Select(q => QuarterlyReportRule.Evaluate(year, q, quarters.FirstOrDefault(f => f.Quarter == q)?.SubmittedOn, today, calendar, dueDays))
            .ToList();
        var due = verdicts.Where(v => v.Deadline.State != DeadlineState.Pending || v.Deadline.DoneOn is not null).ToList();
        var onTime = due.Count(v => v.Deadline.State == DeadlineState.OnTime);
        var evidence = quarters.Where(q => q.Report is not null).OrderBy(q => q.Quarter)
            .Select(q => q.Report! with { Meets = verdicts[q.Quarter - 1].Deadline.State == DeadlineState.OnTime }).ToList();
        var used = RuleVerdict.Used(("WorkforceReports:DueDays", dueDays));
        return due.Count == 0
            ? new RuleVerdict("R12", ComplianceStatus.NotApplicable, 0, 0, evidence, used, "not-yet-due")
            : new RuleVerdict("R12", QuarterlyReportRule.YearMet(verdicts) ? ComplianceStatus.Met : ComplianceStatus.NotMet, onTime, due.Count, evidence, used);
    }
}
