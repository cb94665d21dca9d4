namespace Gonghui.Features.Assistance.Rules;

/// <summary>What a case's chain allows.</summary>
public enum AssistanceAction
{
    Review,
    Approve,
    Decline,
    Pay,
    YearlyReview,
    Close,
}

/// <summary>
/// Hardship assistance and emergency aid: proposed → reviewed by the union above → approved by the district, or declined
/// on the way; paid only once approved, within the per-case and per-year caps; a hardship file reviewed every year;
/// closed. Per-head income against the district's hardship line.
/// </summary>
public static class AssistanceRule
{
    /// <summary>Beijing's urban minimum living standard is about this a month per head; the district sets its own line.</summary>
    public const decimal DefaultHardshipLine = 1_500m;

    public const decimal DefaultCaseCap = 20_000m;

    public const decimal DefaultYearCap = 30_000m;

    public static bool Allows(AssistanceStatus status, AssistanceKind kind, AssistanceAction action) => action switch
    {
        AssistanceAction.Review => status == AssistanceStatus.Proposed,
        AssistanceAction.Approve => status == AssistanceStatus.Reviewed,
        AssistanceAction.Decline => status is AssistanceStatus.Proposed or AssistanceStatus.Reviewed,
        AssistanceAction.Pay => status == AssistanceStatus.Approved,
        AssistanceAction.YearlyReview => status == AssistanceStatus.Approved && kind == AssistanceKind.HardshipFile,
        _ => status == AssistanceStatus.Approved,
    };

    /// <summary>The household's monthly income per head, to the fen; null for a household of none.</summary>
    public static decimal? PerHead(decimal monthlyIncome, int householdSize) => householdSize <= 0 ? null : Math.Round(monthlyIncome / householdSize, 2);

    /// <summary>Whether the household is under the hardship line (the line itself is not under it), judged unrounded: 4,499.99 for three is under 1,500 a head.</summary>
    public static bool BelowLine(decimal monthlyIncome, int householdSize, decimal line) => householdSize > 0 && monthlyIncome < line * householdSize;

    /// <summary>The cap a payment would break — the case's or the person's year's — or null when both hold (each cap may be reached).</summary>
    public static string? BrokenCap(decimal paidOnCase, decimal paidToPersonInYear, decimal amount, decimal caseCap, decimal yearCap) =>
        paidOnCase + amount > caseCap ? "Assistance:CaseCap" : paidToPersonInYear + amount > yearCap ? "Assistance:YearCap" : null;
}
