using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.WorkforceReports.Rules;

/// <summary>One quarter's report against its due date.</summary>
public sealed record QuarterlyReportVerdict(int Year, int Quarter, DateOnly QuarterEnd, DeadlineVerdict Deadline);

/// <summary>
/// R12: one workforce-status analysis per union per quarter, due a set number of days after the quarter ends (default
/// 15: the first quarter's report, due 15 April, is late on the 16th), counted in calendar days with a last day off
/// moved to the next working day. Missing reports are overdue once the day passes. A report is accepted only after its
/// quarter ends: one dated on or before the quarter's last day is not the quarter's report and counts as not sent.
/// </summary>
public static class QuarterlyReportRule
{
    public const int DefaultDueDays = 15;

    public const DayCount Count = DayCount.CalendarDaysMovedPastDaysOff;

    public static DateOnly QuarterEnd(int year, int quarter) =>
        quarter is < 1 or > 4 ? throw new ArgumentOutOfRangeException(nameof(quarter)) : new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);

    public static QuarterlyReportVerdict Evaluate(int year, int quarter, DateOnly? submittedOn, DateOnly today, LegalCalendar calendar, int dueDays = DefaultDueDays)
    {
        var end = QuarterEnd(year, quarter);
        return new QuarterlyReportVerdict(year, quarter, end, Deadline.Evaluate(end, dueDays, Count, calendar, submittedOn > end ? submittedOn : null, today));
    }

    /// <summary>Whether a report of the quarter may be sent on <paramref name="day"/>: from the day after the quarter ends.</summary>
    public static bool CanSubmitOn(int year, int quarter, DateOnly day) => day > QuarterEnd(year, quarter);

    /// <summary>The year's four quarters: met when every report that is due came on time.</summary>
    public static bool YearMet(IEnumerable<QuarterlyReportVerdict> quarters) =>
        quarters.All(q => q.Deadline.State is DeadlineState.OnTime or DeadlineState.Pending);
}
