namespace Gonghui.Infrastructure.Rules;

/// <summary>Where a step stands against its legal time limit on a given day.</summary>
public enum DeadlineState
{
    /// <summary>Not done, and the limit has not passed.</summary>
    Pending,

    /// <summary>Done by the last day.</summary>
    OnTime,

    /// <summary>Done after the last day.</summary>
    Late,

    /// <summary>Not done, and the last day has passed.</summary>
    Overdue,
}

/// <summary>A step's time limit: the last day it may be done on, when it was done, and the state on the day asked.</summary>
public sealed record DeadlineVerdict(DateOnly Start, int Days, DateOnly LastDay, DateOnly? DoneOn, DeadlineState State)
{
    public bool Flagged => State is DeadlineState.Late or DeadlineState.Overdue;
}

/// <summary>
/// "Within N days of" a date, counted as Chinese law counts periods: the day of the event is not counted, so the last day
/// is the event's date plus N (a request received on 1 March is answered by 21 March on a 20-day limit).
/// </summary>
public static class Deadline
{
    public static DeadlineVerdict Evaluate(DateOnly start, int days, DateOnly? doneOn, DateOnly today)
    {
        var last = start.AddDays(days);
        var state = doneOn is { } done
            ? done <= last ? DeadlineState.OnTime : DeadlineState.Late
            : today > last ? DeadlineState.Overdue : DeadlineState.Pending;
        return new DeadlineVerdict(start, days, last, doneOn, state);
    }
}
