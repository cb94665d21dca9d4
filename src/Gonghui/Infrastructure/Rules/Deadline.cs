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

/// <summary>How a clock counts its days; each rule says which it uses.</summary>
public enum DayCount
{
    /// <summary>Every day counts and the last day stands wherever it falls (a notice period, the plan's own limits).</summary>
    CalendarDays,

    /// <summary>Every day counts; a last day that is a rest day or holiday moves to the next working day (Civil Code art. 201, 203).</summary>
    CalendarDaysMovedPastDaysOff,

    /// <summary>Only working days under the year's holiday notice count, adjusted working days included.</summary>
    WorkingDays,
}

/// <summary>A step's time limit: the last day it may be done on, when it was done, and the state on the day asked.</summary>
/// <param name="MovedFrom">The last day as counted, when it fell on a day off and the limit moved past it.</param>
/// <param name="MovedBecause">What that day was: <see cref="DayKind.Holiday"/> or <see cref="DayKind.RestDay"/>.</param>
public sealed record DeadlineVerdict(DateOnly Start, int Days, DayCount Count, DateOnly LastDay, DateOnly? MovedFrom, DayKind? MovedBecause, DateOnly? DoneOn, DeadlineState State)
{
    public bool Flagged => State is DeadlineState.Late or DeadlineState.Overdue;
}

/// <summary>
/// "Within N days of" a date, counted as Chinese law counts periods: the day of the event is not counted, so the last day
/// is the event's date plus N (a request received on 1 March is answered by 21 March on a 20-day limit); by
/// <see cref="DayCount.CalendarDaysMovedPastDaysOff"/> a last day off moves to the next working day (1 October 2025, in
/// the National Day holiday, to 9 October); by <see cref="DayCount.WorkingDays"/> only working days are counted.
/// </summary>
public static class Deadline
{
    public static DeadlineVerdict Evaluate(DateOnly start, int days, DayCount count, LegalCalendar calendar, DateOnly? doneOn, DateOnly today)
    {
        var (last, movedFrom, because) = LastDay(start, days, count, calendar);
        var state = doneOn is { } done
            ? done <= last ? DeadlineState.OnTime : DeadlineState.Late
            : today > last ? DeadlineState.Overdue : DeadlineState.Pending;
        return new DeadlineVerdict(start, days, count, last, movedFrom, because, doneOn, state);
    }

    /// <summary>The last day of a period of <paramref name="days"/> after <paramref name="start"/>, and the day it moved from, if it moved.</summary>
    public static (DateOnly Last, DateOnly? MovedFrom, DayKind? Because) LastDay(DateOnly start, int days, DayCount count, LegalCalendar calendar)
    {
        if (count == DayCount.WorkingDays)
        {
            return (calendar.AddWorkingDays(start, days), null, null);
        }

        var counted = start.AddDays(days);
        if (count == DayCount.CalendarDays || calendar.IsWorkingDay(counted))
        {
            return (counted, null, null);
        }

        return (calendar.FirstWorkingDayFrom(counted), counted, calendar.KindOf(counted));
    }
}
