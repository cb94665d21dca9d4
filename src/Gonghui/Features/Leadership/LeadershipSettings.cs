using Gonghui.Features.Leadership.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Leadership;

/// <summary>R17's parameters: a district setting (configuration section <c>Leadership</c> for its default).</summary>
public sealed record LeadershipSettings : IDistrictSettingsSection
{
    public static string Section => "Leadership";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Leadership:HearingsPerYear", "R17", SettingKind.Count, "1", 0, 12),
        new("Leadership:StudySessionsPerYear", "R17", SettingKind.Count, "1", 0, 12),
    ];

    /// <summary>Hearings of each industrial union's work report a year, at least.</summary>
    public int HearingsPerYear { get; init; } = LeadershipRule.DefaultHearings;

    /// <summary>Dedicated study sessions on industrial-union work a year, at least.</summary>
    public int StudySessionsPerYear { get; init; } = LeadershipRule.DefaultStudySessions;
}
