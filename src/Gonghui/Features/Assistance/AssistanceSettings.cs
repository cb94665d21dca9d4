using System.Globalization;
using Gonghui.Features.Assistance.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Assistance;

/// <summary>The district's hardship line and the caps on aid (configuration section <c>Assistance</c>).</summary>
public sealed record AssistanceSettings : IDistrictSettingsSection
{
    public static string Section => "Assistance";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Assistance:HardshipLine", "R10", SettingKind.Amount, AssistanceRule.DefaultHardshipLine.ToString(CultureInfo.InvariantCulture), 0, 100_000),
        new("Assistance:CaseCap", "R10", SettingKind.Amount, AssistanceRule.DefaultCaseCap.ToString(CultureInfo.InvariantCulture), 0, 10_000_000),
        new("Assistance:YearCap", "R10", SettingKind.Amount, AssistanceRule.DefaultYearCap.ToString(CultureInfo.InvariantCulture), 0, 10_000_000),
    ];

    public decimal HardshipLine { get; init; } = AssistanceRule.DefaultHardshipLine;

    public decimal CaseCap { get; init; } = AssistanceRule.DefaultCaseCap;

    public decimal YearCap { get; init; } = AssistanceRule.DefaultYearCap;
}
