using Gonghui.Features.Representatives.Rules;
using Gonghui.Features.WorkforceReports.Rules;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>One quarter's submitted report (or none), for R12.</summary>
public sealed record QuarterFacts(int Quarter, DateOnly? SubmittedOn, Evidence? Report);

/// <summary>One of the year's representatives' proposals, by its rounds in order, for R12.</summary>
public sealed record ProposalFacts(IReadOnlyList<ProposalRoundFacts> Rounds, Evidence Evidence);

/// <summary>The year's representatives' proposals of a union and the district's targets for them.</summary>
public sealed record ProposalPart(IReadOnlyList<ProposalFacts> Proposals, decimal OnTimeTarget, decimal SatisfactionTarget);

/// <summary>
/// R12 as a compliance verdict. Its figure: of the year's quarters whose report is due by the day asked, how many came
/// on time (<see cref="QuarterlyReportRule"/>); a report one day late, or one missing past its day, fails it. Beside it,
/// representatives' proposals submitted in the year (<see cref="ProposalRule"/>): the share of their rounds answered by
/// the due day and the share of rated proposals whose proposers were satisfied, each against its target. A figure with
/// nothing to judge yet (no round due, none rated — a union without permanent representatives has none) is shown and not
/// counted. Met when every part judged is; before anything is due it does not apply yet.
/// </summary>
public static class QuarterlyReportCompliance
{
    public static RuleVerdict Evaluate(int year, IReadOnlyList<QuarterFacts> quarters, DateOnly today, LegalCalendar calendar, int dueDays, ProposalPart? proposals = null)
    {
        var verdicts = Enumerable.Range(1, 4)
            .Select(q => QuarterlyReportRule.Evaluate(year, q, quarters.FirstOrDefault(f => f.Quarter == q)?.SubmittedOn, today, calendar, dueDays))
            .ToList();
        var due = verdicts.Where(v => v.Deadline.State != DeadlineState.Pending || v.Deadline.DoneOn is not null).ToList();
        var onTime = due.Count(v => v.Deadline.State == DeadlineState.OnTime);
        List<Evidence> evidence = quarters.Where(q => q.Report is not null).OrderBy(q => q.Quarter)
            .Select(q => q.Report! with { Meets = verdicts[q.Quarter - 1].Deadline.State == DeadlineState.OnTime }).ToList();
        var used = new List<(string, object)> { ("WorkforceReports:DueDays", dueDays) };
        IReadOnlyList<RuleFigure>? figures = null;
        if (proposals is not null)
        {
            var tally = ProposalRule.Tally(proposals.Proposals.Select(p => p.Rounds), today);
            figures =
            [
                new RuleFigure("proposalsOnTime", tally.OnTimeRate, proposals.OnTimeTarget, tally.OnTimeRate is { } r ? r >= proposals.OnTimeTarget : null),
                new RuleFigure("proposalSatisfaction", tally.SatisfactionRate, proposals.SatisfactionTarget, tally.SatisfactionRate is { } s ? s >= proposals.SatisfactionTarget : null),
            ];
            evidence.AddRange(proposals.Proposals.Select(p => p.Evidence with { Meets = Judge(p.Rounds, today) }));
            used.Add(("Proposals:OnTimeTarget", proposals.OnTimeTarget));
            used.Add(("Proposals:SatisfactionTarget", proposals.SatisfactionTarget));
        }

        var judged = (figures ?? []).Where(f => f.Meets is not null).Select(f => f.Meets!.Value).ToList();
        if (due.Count > 0)
        {
            judged.Add(QuarterlyReportRule.YearMet(verdicts));
        }

        var parameters = RuleVerdict.Used([.. used]);
        return judged.Count == 0
            ? new RuleVerdict("R12", ComplianceStatus.NotApplicable, 0, 0, evidence, parameters, "not-yet-due", figures)
            : new RuleVerdict("R12", judged.All(m => m) ? ComplianceStatus.Met : ComplianceStatus.NotMet, onTime, due.Count, evidence, parameters, Figures: figures);
    }

    /// <summary>A proposal fails when a round was answered late or is overdue, or its proposers were not satisfied; it meets when rated satisfied with every round on time.</summary>
    private static bool? Judge(IReadOnlyList<ProposalRoundFacts> rounds, DateOnly today)
    {
        var timely = rounds.Select(r => ProposalRule.OnTime(r, today)).ToList();
        var rating = ProposalRule.FinalRating(rounds);
        return timely.Contains(false) || rating is { } worst && !ProposalRule.Satisfied(worst) ? false
            : rating is not null && timely.All(x => x == true) ? true : null;
    }
}
