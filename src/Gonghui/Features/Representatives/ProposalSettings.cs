using System.Globalization;
using Gonghui.Features.Representatives.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Representatives;

/// <summary>How fast and how well representatives' proposals are to be answered (configuration section <c>Proposals</c> for the defaults).</summary>
public sealed record ProposalSettings : IDistrictSettingsSection
{
    public static string Section => "Proposals";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Proposals:AnswerDays", "R12", SettingKind.Count, ProposalRule.DefaultAnswerDays.ToString(CultureInfo.InvariantCulture), 1, 365),
        new("Proposals:OnTimeTarget", "R12", SettingKind.Rate, ProposalRule.DefaultOnTimeTarget.ToString(CultureInfo.InvariantCulture), 0, 1),
        new("Proposals:SatisfactionTarget", "R12", SettingKind.Rate, ProposalRule.DefaultSatisfactionTarget.ToString(CultureInfo.InvariantCulture), 0, 1),
    ];

    /// <summary>The due day offered when a proposal is assigned: this many days after.</summary>
    public int AnswerDays { get; init; } = ProposalRule.DefaultAnswerDays;

    public decimal OnTimeTarget { get; init; } = ProposalRule.DefaultOnTimeTarget;

    public decimal SatisfactionTarget { get; init; } = ProposalRule.DefaultSatisfactionTarget;
}
