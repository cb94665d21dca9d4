using System.Globalization;
using Gonghui.Features.Evaluations.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Evaluations;

/// <summary>The satisfaction rate a round is held to (configuration section <c>Evaluations</c> for its default).</summary>
public sealed record EvaluationSettings : IDistrictSettingsSection
{
    public static string Section => "Evaluations";

    public static IEnumerable<SettingDefinition> Definitions =>
        [new("Evaluations:TargetRate", "R2", SettingKind.Rate, SatisfactionRule.DefaultTarget.ToString(CultureInfo.InvariantCulture), 0, 1)];

    public decimal TargetRate { get; init; } = SatisfactionRule.DefaultTarget;
}
