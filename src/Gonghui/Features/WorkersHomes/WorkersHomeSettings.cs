using System.Globalization;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.WorkersHomes;

/// <summary>What R3 asks of Workers' Homes under an industrial union (configuration section <c>WorkersHomes</c>); the plan names no figures.</summary>
public sealed record WorkersHomeSettings : IDistrictSettingsSection
{
    public const decimal DefaultBuiltTarget = 0.6m;

    public const decimal DefaultIntegratedTarget = 0.5m;

    public const int DefaultCommendedMinimum = 1;

    public static string Section => "WorkersHomes";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("WorkersHomes:BuiltTarget", "R3", SettingKind.Rate, DefaultBuiltTarget.ToString(CultureInfo.InvariantCulture), 0, 1),
        new("WorkersHomes:IntegratedTarget", "R3", SettingKind.Rate, DefaultIntegratedTarget.ToString(CultureInfo.InvariantCulture), 0, 1),
        new("WorkersHomes:CommendedMinimum", "R3", SettingKind.Count, DefaultCommendedMinimum.ToString(CultureInfo.InvariantCulture), 0, 1000),
    ];

    /// <summary>The share of grassroots unions with a Workers' Home.</summary>
    public decimal BuiltTarget { get; init; } = DefaultBuiltTarget;

    /// <summary>The share of homes run as one with their union.</summary>
    public decimal IntegratedTarget { get; init; } = DefaultIntegratedTarget;

    /// <summary>Titles in force at the year's end.</summary>
    public int CommendedMinimum { get; init; } = DefaultCommendedMinimum;
}
