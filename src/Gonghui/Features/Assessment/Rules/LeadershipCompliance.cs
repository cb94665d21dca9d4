using Gonghui.Features.Leadership.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R17 as a compliance verdict (<see cref="LeadershipRule"/>): the hearings of the union's work report and the district's
/// study sessions in the year. The value is the hearings, the threshold their minimum; the study sessions must also reach theirs.
/// </summary>
public static class LeadershipCompliance
{
    public static RuleVerdict Evaluate(int year, IReadOnlyList<Evidence> hearings, IReadOnlyList<Evidence> studySessions, int minimumHearings, int minimumStudySessions)
    {
        var verdict = LeadershipRule.Evaluate(year, hearings.Select(h => h.On!.Value), studySessions.Select(s => s.On!.Value), minimumHearings, minimumStudySessions);
        return new RuleVerdict("R17", verdict.Met ? ComplianceStatus.Met : ComplianceStatus.NotMet, verdict.Hearings, verdict.MinimumHearings,
            hearings.Concat(studySessions).Where(e => e.On!.Value.Year == year).OrderBy(e => e.On).ToList(),
            RuleVerdict.Used(("Leadership:HearingsPerYear", minimumHearings), ("Leadership:StudySessionsPerYear", minimumStudySessions)),
            verdict.StudySessions < verdict.MinimumStudySessions ? "no-study-session" : null);
    }
}
