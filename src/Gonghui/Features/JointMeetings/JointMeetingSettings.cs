using Gonghui.Features.JointMeetings.Rules;

namespace Gonghui.Features.JointMeetings;

/// <summary>R11's parameter (configuration section <c>JointMeetings</c>); issue 6 moves it into the district settings.</summary>
public sealed record JointMeetingSettings
{
    public const string Section = "JointMeetings";

    /// <summary>Meetings each industrial union holds a year, at least.</summary>
    public int Minimum { get; init; } = JointMeetingRule.DefaultMinimum;
}
