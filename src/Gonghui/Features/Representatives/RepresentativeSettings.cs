using System.Globalization;
using Gonghui.Features.Representatives.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Representatives;

/// <summary>The make-up the district asks of permanent representatives (configuration section <c>Representatives</c> for the defaults).</summary>
public sealed record RepresentativeSettings : IDistrictSettingsSection
{
    public static string Section => "Representatives";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Representatives:MinWomenShare", "R2", SettingKind.Rate, RepresentativeRatioRule.DefaultMinWomen.ToString(CultureInfo.InvariantCulture), 0, 1),
        new("Representatives:MinFrontLineShare", "R2", SettingKind.Rate, RepresentativeRatioRule.DefaultMinFrontLine.ToString(CultureInfo.InvariantCulture), 0, 1),
        new("Representatives:MaxOfficerShare", "R2", SettingKind.Rate, RepresentativeRatioRule.DefaultMaxOfficers.ToString(CultureInfo.InvariantCulture), 0, 1),
    ];

    public decimal MinWomenShare { get; init; } = RepresentativeRatioRule.DefaultMinWomen;

    public decimal MinFrontLineShare { get; init; } = RepresentativeRatioRule.DefaultMinFrontLine;

    public decimal MaxOfficerShare { get; init; } = RepresentativeRatioRule.DefaultMaxOfficers;
}
