using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.Bargaining.Rules;

/// <summary>From when a filed contract is in effect.</summary>
/// <param name="ObjectionClosesOn">The last day the labour administration may object (moved past days off).</param>
/// <param name="ObjectionPeriod">How that day was counted, and the day it moved from if it did.</param>
/// <param name="EffectiveOn">The first day in effect; null while a timely objection stands unresolved.</param>
public sealed record EffectiveDateVerdict(DateOnly ReceivedOn, int Days, DateOnly ObjectionClosesOn, DeadlineVerdict ObjectionPeriod, bool ObjectionTimely, DateOnly? EffectiveOn)
{
    public bool InEffectOn(DateOnly day) => EffectiveOn is { } effective && effective <= day;
}

/// <summary>
/// L6 (Collective Contract Provisions art. 47): a contract takes effect when the labour administration raises no
/// objection within 15 days of receiving it — from the day after the fifteenth, counted in calendar days with a last day
/// off moved to the next working day. An objection raised in time holds it back until the parties resolve it; it takes
/// effect on the day it is resolved. An objection after the period comes too late to stop it.
/// </summary>
public static class EffectiveDateRule
{
    public const int DefaultDays = 15;

    public const DayCount Count = DayCount.CalendarDaysMovedPastDaysOff;

    public static EffectiveDateVerdict Evaluate(DateOnly receivedOn, DateOnly? objectionOn, DateOnly? resolvedOn, LegalCalendar calendar, int days = DefaultDays)
    {
        var period = Deadline.Evaluate(receivedOn, days, Count, calendar, objectionOn, objectionOn ?? receivedOn);
        var closes = period.LastDay;
        var timely = objectionOn is { } o && o <= closes;
        return new EffectiveDateVerdict(receivedOn, days, closes, period, timely, timely ? resolvedOn : closes.AddDays(1));
    }
}
