using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.Bargaining.Rules;

/// <summary>
/// L2 (Collective Contract Provisions art. 32): the other side answers a written request to bargain within 20 days of
/// receiving it, counted in calendar days; a last day off moves to the next working day.
/// </summary>
public static class AnswerDeadlineRule
{
    public const int DefaultDays = 20;

    public const DayCount Count = DayCount.CalendarDaysMovedPastDaysOff;

    public static DeadlineVerdict Evaluate(DateOnly requestedOn, DateOnly? answeredOn, DateOnly today, LegalCalendar calendar, int days = DefaultDays) =>
        Deadline.Evaluate(requestedOn, days, Count, calendar, answeredOn, today);
}
