using System.Globalization;
using Gonghui.Features.Stations.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Stations;

/// <summary>The district's checklist for service stations — each item's weight — the score that makes one standardised, and the shares R3 asks for (configuration section <c>Stations</c>).</summary>
public sealed record StationSettings : IDistrictSettingsSection
{
    public const decimal DefaultStandardisedTarget = 0.8m;

    public const decimal DefaultIntegratedTarget = 0.5m;

    public static string Section => "Stations";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        .. Enum.GetValues<StationCheckItem>().Select(i => new SettingDefinition($"Stations:{i}Weight", "R3", SettingKind.Count, StandardisationRule.DefaultWeights[i].ToString(CultureInfo.InvariantCulture), 0, 100)),
        new("Stations:Threshold", "R3", SettingKind.Count, StandardisationRule.DefaultThreshold.ToString(CultureInfo.InvariantCulture), 1, 100),
        new("Stations:StandardisedTarget", "R3", SettingKind.Rate, DefaultStandardisedTarget.ToString(CultureInfo.InvariantCulture), 0, 1),
        new("Stations:IntegratedTarget", "R3", SettingKind.Rate, DefaultIntegratedTarget.ToString(CultureInfo.InvariantCulture), 0, 1),
    ];

    public int SignWeight { get; init; } = StandardisationRule.DefaultWeights[StationCheckItem.Sign];

    public int PremisesWeight { get; init; } = StandardisationRule.DefaultWeights[StationCheckItem.Premises];

    public int StaffWeight { get; init; } = StandardisationRule.DefaultWeights[StationCheckItem.Staff];

    public int HoursWeight { get; init; } = StandardisationRule.DefaultWeights[StationCheckItem.Hours];

    public int ServicesWeight { get; init; } = StandardisationRule.DefaultWeights[StationCheckItem.Services];

    public int RecordsWeight { get; init; } = StandardisationRule.DefaultWeights[StationCheckItem.Records];

    public int Threshold { get; init; } = StandardisationRule.DefaultThreshold;

    public decimal StandardisedTarget { get; init; } = DefaultStandardisedTarget;

    public decimal IntegratedTarget { get; init; } = DefaultIntegratedTarget;

    public int Weight(StationCheckItem item) => item switch
    {
        StationCheckItem.Sign => SignWeight,
        StationCheckItem.Premises => PremisesWeight,
        StationCheckItem.Staff => StaffWeight,
        StationCheckItem.Hours => HoursWeight,
        StationCheckItem.Services => ServicesWeight,
        _ => RecordsWeight,
    };
}
