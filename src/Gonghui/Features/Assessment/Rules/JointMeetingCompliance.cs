using Gonghui.Features.JointMeetings.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R11 as a compliance verdict: the union's joint meetings held in the year by the day asked against the minimum
/// (<see cref="JointMeetingRule"/>). A meeting dated later is listed as planned (<c>Meets</c> false), not counted.
/// </summary>
public static class JointMeetingCompliance
{
    public static RuleVerdict Evaluate(int year, IReadOnlyList<Evidence> meetings, DateOnly asOf, int minimum)
    {
        var verdict = JointMeetingRule.Evaluate(year, meetings.Select(m => m.On!.Value), asOf, minimum);
        return new RuleVerdict("R11", verdict.Met ? ComplianceStatus.Met : ComplianceStatus.NotMet, verdict.Meetings, verdict.Minimum,
            meetings.Where(m => m.On!.Value.Year == year).Select(m => m with { Meets = JointMeetingRule.Held(m.On!.Value, asOf) }).ToList(),
            RuleVerdict.Used(("JointMeetings:Minimum", minimum)));
    }
}
