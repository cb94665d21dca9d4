using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.Bargaining.Rules;

/// <summary>
/// L5 (Collective Contract Provisions art. 42): the signed contract is filed with the labour administration within 10
/// days of the chiefs' signatures, counted in calendar days; a last day off moves to the next working day.
/// </summary>
public static class FilingDeadlineRule
{
    public const int DefaultDays = 10;

    public const DayCount Count = DayCount.CalendarDaysMovedPastDaysOff;

    public static DeadlineVerdict Evaluate(DateOnly signedOn, DateOnly? filedOn, DateOnly today, LegalCalendar calendar, int days = DefaultDays) =>
        Deadline.Evaluate(signedOn, days, Count, calendar, filedOn, today);
}
