namespace Gonghui.Infrastructure.Settings;

public enum SettingKind
{
    /// <summary>A whole number between <see cref="SettingDefinition.Min"/> and <see cref="SettingDefinition.Max"/>.</summary>
    Count,

    /// <summary>A share from 0 to 1, shown as a percentage.</summary>
    Rate,

    /// <summary>An amount in yuan, not negative.</summary>
    Amount,

    /// <summary>Names of a list of choices (<see cref="SettingDefinition.Choices"/>), comma-separated; none is allowed.</summary>
    Choices,

    /// <summary>Union codes, comma-separated; none is allowed.</summary>
    UnionCodes,

    /// <summary>A year's holiday notice (<see cref="Rules.HolidayNotice"/>): its year is <see cref="SettingDefinition.Min"/>.</summary>
    HolidayNotice,
}

/// <summary>
/// A parameter the district may set in the console: its configuration path, the rule it belongs to (R11, L7 …), its kind
/// and bounds, and the default the plan or the law gives (configuration may set another default for a deployment).
/// Each module declares its own next to its settings record.
/// </summary>
/// <param name="ChoiceWords">The resource prefix of the choices' words: <c>AffairsCategory</c> for <c>AffairsCategory.Finances</c>.</param>
public sealed record SettingDefinition(string Key, string Rule, SettingKind Kind, string PlanDefault, decimal Min = 0, decimal Max = int.MaxValue, IReadOnlyList<string>? Choices = null,
    string? Label = null, string? ChoiceWords = null)
{
    /// <summary>
    /// The resource key of its label: <c>Setting.JointMeetings.Minimum</c>, or <see cref="Label"/> for a family of settings
    /// told apart by <see cref="Min"/> (a holiday notice's year), which the label's text may show as <c>{0}</c>.
    /// </summary>
    public string LabelKey => Label ?? "Setting." + Key.Replace(':', '.');
}

/// <summary>A module's settings record, bound from its configuration section with the district's values over it.</summary>
public interface IDistrictSettingsSection
{
    static abstract string Section { get; }
}
