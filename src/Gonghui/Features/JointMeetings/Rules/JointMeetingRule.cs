namespace Gonghui.Features.JointMeetings.Rules;

/// <summary>A union's joint meetings in one year against the minimum, and whether it is met.</summary>
public sealed record JointMeetingVerdict(int Year, int Meetings, int Minimum, bool Met);

/// <summary>
/// R11: each industrial union holds at least one joint meeting with government departments and industry associations,
/// or a tripartite labour-relations consultation, a year. The minimum is a district setting.
/// </summary>
public static class JointMeetingRule
{
    public const int DefaultMinimum = 1;

    /// <param name="meetingDates">The dates of the union's meetings (any years; only the year asked counts).</param>
    public static JointMeetingVerdict Evaluate(int year, IEnumerable<DateOnly> meetingDates, int minimum = DefaultMinimum)
    {
        var held = meetingDates.Count(d => d.Year == year);
        return new JointMeetingVerdict(year, held, minimum, held >= minimum);
    }
}
