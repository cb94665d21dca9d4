using System.Globalization;
using Gonghui.Features.Portal.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Portal;

/// <summary>What R13 asks of the public directory (configuration section <c>Portal</c>).</summary>
public sealed record PortalSettings : IDistrictSettingsSection
{
    public static string Section => "Portal";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Portal:DirectoryTarget", "R13", SettingKind.Rate, DirectoryRule.DefaultCompletenessTarget.ToString(CultureInfo.InvariantCulture), 0, 1),
    ];

    /// <summary>The share of the unions under an industrial union (itself included) whose chair and phone are public.</summary>
    public decimal DirectoryTarget { get; init; } = DirectoryRule.DefaultCompletenessTarget;
}
