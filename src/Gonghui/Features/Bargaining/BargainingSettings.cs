using System.Globalization;
using Gonghui.Features.Bargaining.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// The district's bargaining parameters, each defaulting to the law's figure in rules.md: district settings
/// (configuration section <c>Bargaining</c> for their defaults).
/// </summary>
public sealed record BargainingSettings : IDistrictSettingsSection
{
    public static string Section => "Bargaining";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Bargaining:MinimumNegotiators", "L1", SettingKind.Count, Text(BargainingTeamsRule.DefaultMinimum), 1, 50),
        new("Bargaining:AnswerDays", "L2", SettingKind.Count, Text(AnswerDeadlineRule.DefaultDays), 1, 365),
        new("Bargaining:MinTermYears", "L4", SettingKind.Count, Text(ContractTermRule.DefaultMinYears), 1, 10),
        new("Bargaining:MaxTermYears", "L4", SettingKind.Count, Text(ContractTermRule.DefaultMaxYears), 1, 10),
        new("Bargaining:RenewalMonths", "L4", SettingKind.Count, Text(ContractTermRule.DefaultRenewalMonths), 0, 24),
        new("Bargaining:ExpiryReminderDays", "L4", SettingKind.Count, "90", 1, 365),
        new("Bargaining:FilingDays", "L5", SettingKind.Count, Text(FilingDeadlineRule.DefaultDays), 1, 90),
        new("Bargaining:ObjectionDays", "L6", SettingKind.Count, Text(EffectiveDateRule.DefaultDays), 1, 90),
        new("Bargaining:WorkingHours:DailyHours", "L8", SettingKind.Count, "8", 1, 24),
        new("Bargaining:WorkingHours:WeeklyHours", "L8", SettingKind.Count, "40", 1, 168),
        new("Bargaining:WorkingHours:DailyOvertimeNormal", "L8", SettingKind.Count, "1", 0, 24),
        new("Bargaining:WorkingHours:DailyOvertime", "L8", SettingKind.Count, "3", 0, 24),
        new("Bargaining:WorkingHours:MonthlyOvertime", "L8", SettingKind.Count, "36", 0, 744),
        new("Bargaining:MinimumMonthlyWage", "R5", SettingKind.Amount, "2540"),
    ];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>L1: representatives per side, at least.</summary>
    public int MinimumNegotiators { get; init; } = BargainingTeamsRule.DefaultMinimum;

    /// <summary>L2: days to answer a request to bargain.</summary>
    public int AnswerDays { get; init; } = AnswerDeadlineRule.DefaultDays;

    /// <summary>L4: the term's shortest and longest, in years, and the renewal window before expiry, in months.</summary>
    public int MinTermYears { get; init; } = ContractTermRule.DefaultMinYears;

    public int MaxTermYears { get; init; } = ContractTermRule.DefaultMaxYears;

    public int RenewalMonths { get; init; } = ContractTermRule.DefaultRenewalMonths;

    /// <summary>L5: days to file a signed contract.</summary>
    public int FilingDays { get; init; } = FilingDeadlineRule.DefaultDays;

    /// <summary>L6: days the labour administration has to object.</summary>
    public int ObjectionDays { get; init; } = EffectiveDateRule.DefaultDays;

    /// <summary>L8: the working-hours limits clauses are checked against.</summary>
    public WorkingHoursLimits WorkingHours { get; init; } = new();

    /// <summary>The district's minimum monthly wage in yuan, wage standards are compared with (Beijing's from 1 September 2025).</summary>
    public decimal MinimumMonthlyWage { get; init; } = 2540m;

    /// <summary>Reminders list contracts expiring within this many days.</summary>
    public int ExpiryReminderDays { get; init; } = 90;

    public ContractTermVerdict Term(DateOnly startOn, DateOnly endOn) => ContractTermRule.Evaluate(startOn, endOn, MinTermYears, MaxTermYears, RenewalMonths);
}
