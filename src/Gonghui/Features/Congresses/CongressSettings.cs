using System.Globalization;
using Gonghui.Features.Congresses.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Congresses;

/// <summary>The district's election parameters (configuration section <c>Congresses</c> for their defaults).</summary>
public sealed record CongressSettings : IDistrictSettingsSection
{
    public static string Section => "Congresses";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Congresses:MinTermYears", "L10", SettingKind.Count, "3", 1, 10),
        new("Congresses:MaxTermYears", "L10", SettingKind.Count, "5", 1, 10),
        new("Congresses:CompetitiveMargin", "L10", SettingKind.Rate, CompetitiveMarginRule.DefaultMargin.ToString(CultureInfo.InvariantCulture), 0, 1),
    ];

    /// <summary>A term lasts at least this many years …</summary>
    public int MinTermYears { get; init; } = 3;

    /// <summary>… and at most this many.</summary>
    public int MaxTermYears { get; init; } = 5;

    /// <summary>Committee candidates exceed the seats by at least this share of them.</summary>
    public decimal CompetitiveMargin { get; init; } = CompetitiveMarginRule.DefaultMargin;
}
