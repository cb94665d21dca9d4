using Gonghui.Features.JointMeetings.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>R11 as a compliance verdict: the union's joint meetings in the year against the minimum (<see cref="JointMeetingRule"/>).</summary>
public static class JointMeetingCompliance
{
    public static RuleVerdict Evaluate(int year, IReadOnlyList<Evidence> meetings, int minimum)
    {
        var verdict = JointMeetingRule.Evaluate(year, meetings.Select(m => m.On!.Value), minimum);
        return new RuleVerdict("R11", verdict.Met ? ComplianceStatus.Met : ComplianceStatus.NotMet, verdict.Meetings, verdict.Minimum,
            meetings.Where(m => m.On!.Value.Year == year).ToList(), RuleVerdict.Used(("JointMeetings:Minimum", minimum)));
    }
}
