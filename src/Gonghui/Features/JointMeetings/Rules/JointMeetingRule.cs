namespace Gonghui.Features.JointMeetings.Rules;

/// <summary>A union's joint meetings in one year against the minimum, and whether it is met.</summary>
/// <param name="Meetings">Meetings held in the year by the day asked.</param>
/// <param name="Planned">Meetings dated later in the year: booked, not yet held, not counted.</param>
public sealed record JointMeetingVerdict(int Year, int Meetings, int Planned, int Minimum, bool Met);

/// <summary>
/// R11: each industrial union holds at least one joint meeting with government departments and industry associations,
/// or a tripartite labour-relations consultation, a year. The minimum is a district setting. Only a meeting held by
/// the day asked counts: one booked for December does not meet the year's rule in March.
/// </summary>
public static class JointMeetingRule
{
    public const int DefaultMinimum = 1;

    /// <param name="meetingDates">The dates of the union's meetings (any years; only the year asked counts).</param>
    /// <param name="asOf">The day the year is judged on: today while it runs, its last day after.</param>
    public static JointMeetingVerdict Evaluate(int year, IEnumerable<DateOnly> meetingDates, DateOnly asOf, int minimum = DefaultMinimum)
    {
        var inYear = meetingDates.Where(d => d.Year == year).ToList();
        var held = inYear.Count(d => Held(d, asOf));
        return new JointMeetingVerdict(year, held, inYear.Count - held, minimum, held >= minimum);
    }

    /// <summary>Whether a meeting dated <paramref name="heldOn"/> has been held by <paramref name="asOf"/> (the day itself included).</summary>
    public static bool Held(DateOnly heldOn, DateOnly asOf) => heldOn <= asOf;
}
