using Gonghui.Features.JointMeetings.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.JointMeetings;

/// <summary>R11's parameter: a district setting (configuration section <c>JointMeetings</c> for its default).</summary>
public sealed record JointMeetingSettings : IDistrictSettingsSection
{
    public static string Section => "JointMeetings";

    public static IEnumerable<SettingDefinition> Definitions =>
        [new("JointMeetings:Minimum", "R11", SettingKind.Count, JointMeetingRule.DefaultMinimum.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 12)];

    /// <summary>Meetings each industrial union holds a year, at least.</summary>
    public int Minimum { get; init; } = JointMeetingRule.DefaultMinimum;
}
