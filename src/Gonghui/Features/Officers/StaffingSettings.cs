using System.Globalization;
using Gonghui.Features.Officers.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Officers;

/// <summary>R18's parameters: a district setting (configuration section <c>Officers</c> for its default).</summary>
public sealed record StaffingSettings : IDistrictSettingsSection
{
    public static string Section => "Officers";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Officers:BaseOfficers", "R18", SettingKind.Count, StaffingRule.DefaultBase.ToString(CultureInfo.InvariantCulture), 0, 100),
        new("Officers:MembersPerOfficer", "R18", SettingKind.Count, StaffingRule.DefaultStep.ToString(CultureInfo.InvariantCulture), 100, 1_000_000),
    ];

    /// <summary>Officers every industrial union has at least.</summary>
    public int BaseOfficers { get; init; } = StaffingRule.DefaultBase;

    /// <summary>One more officer for every this many members.</summary>
    public int MembersPerOfficer { get; init; } = StaffingRule.DefaultStep;

    public StaffingVerdict Evaluate(int members, int officers) => StaffingRule.Evaluate(members, officers, BaseOfficers, MembersPerOfficer);
}
