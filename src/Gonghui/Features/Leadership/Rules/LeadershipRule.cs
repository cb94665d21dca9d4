namespace Gonghui.Features.Leadership.Rules;

/// <summary>One union's year under R17: hearings that heard it and the district's study sessions, each against its minimum.</summary>
public sealed record LeadershipVerdict(int Year, int Hearings, int MinimumHearings, int StudySessions, int MinimumStudySessions, bool Met);

/// <summary>
/// R17: the district Party group hears each industrial union's work report every year and studies industrial-union work
/// in a dedicated session at least once a year. Both minimums are district settings (default 1 and 1).
/// </summary>
public static class LeadershipRule
{
    public const int DefaultHearings = 1;
    public const int DefaultStudySessions = 1;

    /// <param name="hearingDates">Dates of the hearings that heard the union (any years; only the year asked counts).</param>
    /// <param name="studySessionDates">Dates of the district's study sessions.</param>
    public static LeadershipVerdict Evaluate(int year, IEnumerable<DateOnly> hearingDates, IEnumerable<DateOnly> studySessionDates,
        int minimumHearings = DefaultHearings, int minimumStudySessions = DefaultStudySessions)
    {
        var hearings = hearingDates.Count(d => d.Year == year);
        var sessions = studySessionDates.Count(d => d.Year == year);
        return new LeadershipVerdict(year, hearings, minimumHearings, sessions, minimumStudySessions, hearings >= minimumHearings && sessions >= minimumStudySessions);
    }
}
