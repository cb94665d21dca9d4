namespace Gonghui.Features.Bargaining.Rules;

/// <summary>From when a filed contract is in effect.</summary>
/// <param name="ObjectionClosesOn">The last day the labour administration may object.</param>
/// <param name="EffectiveOn">The first day in effect; null while a timely objection stands unresolved.</param>
public sealed record EffectiveDateVerdict(DateOnly ReceivedOn, int Days, DateOnly ObjectionClosesOn, bool ObjectionTimely, DateOnly? EffectiveOn)
{
    public bool InEffectOn(DateOnly day) => EffectiveOn is { } effective && effective <= day;
}

/// <summary>
/// L6 (Collective Contract Provisions art. 47): a contract takes effect when the labour administration raises no
/// objection within 15 days of receiving it — from the day after the fifteenth. An objection raised in time holds it
/// back until the parties resolve it; it takes effect on the day it is resolved. An objection after the fifteenth day
/// comes too late to stop it.
/// </summary>
public static class EffectiveDateRule
{
    public const int DefaultDays = 15;

    public static EffectiveDateVerdict Evaluate(DateOnly receivedOn, DateOnly? objectionOn, DateOnly? resolvedOn, int days = DefaultDays)
    {
        var closes = receivedOn.AddDays(days);
        var timely = objectionOn is { } o && o <= closes;
        return new EffectiveDateVerdict(receivedOn, days, closes, timely, timely ? resolvedOn : closes.AddDays(1));
    }
}
