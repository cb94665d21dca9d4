using Gonghui.Features.OpenAffairs.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.OpenAffairs;

/// <summary>R2's list of what each union publishes every year: a district setting (configuration section <c>OpenAffairs</c> for its default).</summary>
public sealed record OpenAffairsSettings : IDistrictSettingsSection
{
    public static string Section => "OpenAffairs";

    public static IEnumerable<SettingDefinition> Definitions =>
        [new("OpenAffairs:Required", "R2", SettingKind.Choices, string.Join(',', OpenAffairsRule.DefaultRequired), Choices: Enum.GetNames<AffairsCategory>(), ChoiceWords: nameof(AffairsCategory))];

    public string Required { get; init; } = string.Join(',', OpenAffairsRule.DefaultRequired);

    public IReadOnlyList<AffairsCategory> RequiredCategories =>
        Required.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => Enum.TryParse<AffairsCategory>(x, out var c) ? (AffairsCategory?)c : null).OfType<AffairsCategory>().ToList();
}
