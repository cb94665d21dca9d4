namespace Gonghui.Features.WarningCases.Rules;

/// <summary>A layoff as reported, whether L7 covers it, and whether its notice was long enough.</summary>
public sealed record LayoffVerdict(int Laidoff, int Workforce, bool Covered, int NoticeDays, int RequiredNoticeDays, bool NoticeMet)
{
    /// <summary>A covered layoff raises an early-warning case (R15).</summary>
    public bool RaisesWarning => Covered;
}

/// <summary>
/// L7 (Labour Contract Law art. 41): a layoff of 20 or more, or of fewer but 10% or more of the workforce, needs 30 days'
/// notice to the union or all workers. Thresholds and notice are district settings with the law's defaults. The notice
/// is counted in calendar days (<see cref="Infrastructure.Rules.DayCount.CalendarDays"/>): a lead time given, not a
/// period that ends on a day off.
/// </summary>
public static class LayoffRule
{
    public const int DefaultHeadcount = 20;
    public const decimal DefaultShare = 0.10m;
    public const int DefaultNoticeDays = 30;

    public static LayoffVerdict Evaluate(int laidoff, int workforce, DateOnly noticeGivenOn, DateOnly effectiveOn,
        int headcount = DefaultHeadcount, decimal share = DefaultShare, int noticeDays = DefaultNoticeDays)
    {
        var covered = laidoff >= headcount || (workforce > 0 && laidoff >= share * workforce);
        var notice = effectiveOn.DayNumber - noticeGivenOn.DayNumber;
        return new LayoffVerdict(laidoff, workforce, covered, notice, noticeDays, !covered || notice >= noticeDays);
    }
}
