using Gonghui.Features.WarningCases.Rules;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// The district's early-warning parameters (configuration section <c>WarningCases</c>), defaulting to rules.md and the
/// issue; issue 6 moves them into the district settings.
/// </summary>
public sealed record WarningSettings
{
    public const string Section = "WarningCases";

    public WarningLevelRule Levels { get; init; } = new();

    /// <summary>R15: hours to report a case of each level to each recipient (I and II at once: 24 h; III 3 days; IV a week).</summary>
    public Dictionary<string, int> ReportingHours { get; init; } = new()
    {
        ["I"] = 24,
        ["II"] = 24,
        ["III"] = 72,
        ["IV"] = 168,
    };

    /// <summary>A collective incident involves at least this many workers.</summary>
    public int CollectiveIncidentWorkers { get; init; } = 10;

    /// <summary>L7's thresholds and notice.</summary>
    public int LayoffHeadcount { get; init; } = LayoffRule.DefaultHeadcount;

    public decimal LayoffShare { get; init; } = LayoffRule.DefaultShare;

    public int LayoffNoticeDays { get; init; } = LayoffRule.DefaultNoticeDays;

    /// <summary>A quarterly report signals arrears when wage arrears reach this many workers or this amount (yuan), or social-insurance arrears this amount.</summary>
    public int WageArrearsWorkers { get; init; } = 10;

    public decimal WageArrearsAmount { get; init; } = 100_000m;

    public decimal SocialInsuranceArrearsAmount { get; init; } = 100_000m;

    public TimeSpan ReportingLimit(WarningLevel level) =>
        ReportingHours.TryGetValue(level.ToString(), out var hours) ? TimeSpan.FromHours(hours) : ReportingDeadlineRule.DefaultLimit(level);

    public LayoffVerdict Layoff(int laidoff, int workforce, DateOnly noticeGivenOn, DateOnly effectiveOn) =>
        LayoffRule.Evaluate(laidoff, workforce, noticeGivenOn, effectiveOn, LayoffHeadcount, LayoffShare, LayoffNoticeDays);
}
