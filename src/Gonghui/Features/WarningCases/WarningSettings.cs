using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// The district's early-warning parameters, defaulting to rules.md and decision 0010: district settings (configuration
/// section <c>WarningCases</c> for their defaults).
/// </summary>
public sealed record WarningSettings : IDistrictSettingsSection
{
    public static string Section => "WarningCases";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("WarningCases:ReportingHours:I", "R15", SettingKind.Count, "24", 1, 720),
        new("WarningCases:ReportingHours:II", "R15", SettingKind.Count, "24", 1, 720),
        new("WarningCases:ReportingHours:III", "R15", SettingKind.Count, "72", 1, 720),
        new("WarningCases:ReportingHours:IV", "R15", SettingKind.Count, "168", 1, 720),
        new("WarningCases:Levels:LevelIWorkers", "R15", SettingKind.Count, "100", 1, 100_000),
        new("WarningCases:Levels:LevelIIWorkers", "R15", SettingKind.Count, "50", 1, 100_000),
        new("WarningCases:Levels:LevelIIIWorkers", "R15", SettingKind.Count, "10", 1, 100_000),
        new("WarningCases:CollectiveIncidentWorkers", "R15", SettingKind.Count, "10", 1, 100_000),
        new("WarningCases:WageArrearsWorkers", "R15", SettingKind.Count, "10", 1, 100_000),
        new("WarningCases:WageArrearsAmount", "R15", SettingKind.Amount, "100000"),
        new("WarningCases:SocialInsuranceArrearsAmount", "R15", SettingKind.Amount, "100000"),
        new("WarningCases:LayoffHeadcount", "L7", SettingKind.Count, LayoffRule.DefaultHeadcount.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, 10_000),
        new("WarningCases:LayoffShare", "L7", SettingKind.Rate, LayoffRule.DefaultShare.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("WarningCases:LayoffNoticeDays", "L7", SettingKind.Count, LayoffRule.DefaultNoticeDays.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 365),
    ];

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
