namespace Gonghui.Features.Bargaining.Rules;

/// <summary>A contract's term as entered, whether it is within the limits, and when renewal may be proposed.</summary>
public sealed record ContractTermVerdict(DateOnly StartOn, DateOnly EndOn, int MinYears, int MaxYears, bool Met, DateOnly RenewalOpensOn);

/// <summary>
/// L4 (Collective Contract Provisions art. 38): a term of normally 1 to 3 years (a term that starts on 1 January 2025 may
/// end on 31 December 2025 at the earliest and 31 December 2027 at the latest) — "normally", so a term outside it is a
/// finding to show (<c>Met</c> false), not an input to refuse; either side may propose renewal in the 3 months before it
/// expires, a window in calendar months that does not move.
/// </summary>
public static class ContractTermRule
{
    public const int DefaultMinYears = 1;
    public const int DefaultMaxYears = 3;
    public const int DefaultRenewalMonths = 3;

    public static ContractTermVerdict Evaluate(DateOnly startOn, DateOnly endOn, int minYears = DefaultMinYears, int maxYears = DefaultMaxYears, int renewalMonths = DefaultRenewalMonths) =>
        new(startOn, endOn, minYears, maxYears,
            Met: endOn >= startOn.AddYears(minYears).AddDays(-1) && endOn <= startOn.AddYears(maxYears).AddDays(-1),
            RenewalOpensOn: endOn.AddMonths(-renewalMonths).AddDays(1));
}
