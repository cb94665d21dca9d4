using System.Globalization;
using Gonghui.Features.ServiceCards.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.ServiceCards;

/// <summary>The share of active members holding a Jing Card in force that R8 asks of each industrial union (configuration section <c>ServiceCards</c>).</summary>
public sealed record ServiceCardSettings : IDistrictSettingsSection
{
    public static string Section => "ServiceCards";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("ServiceCards:IssuanceTarget", "R8", SettingKind.Rate, ServiceCardRule.DefaultIssuanceTarget.ToString(CultureInfo.InvariantCulture), 0, 1),
    ];

    public decimal IssuanceTarget { get; init; } = ServiceCardRule.DefaultIssuanceTarget;
}
