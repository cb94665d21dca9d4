using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Settings;

/// <summary>A setting's value in words, the same wherever it is shown (the settings page, a verdict's parameters).</summary>
public static class SettingText
{
    /// <summary>The value as the district reads it: a rate as a percentage, choices by their words; as stored when the setting is unknown.</summary>
    public static string Show(SettingDefinition? d, string value, IStringLocalizer t) => d?.Kind switch
    {
        SettingKind.Rate when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var r) => $"{r * 100:0.##}%",
        SettingKind.Choices => value.Length == 0 ? "—" : string.Join(t["Delete.Separator"].Value, value.Split(',').Select(c => Choice(d, c, t))),
        SettingKind.HolidayNotice when value.Split('|') is [var off, var work] => $"{t["Setting.HolidayNotice.Off"]} {off.Trim()} · {t["Setting.HolidayNotice.Work"]} {work.Trim()}",
        SettingKind.HolidayNotice when value.Length > 0 => $"{t["Setting.HolidayNotice.Off"]} {value}",
        SettingKind.HolidayNotice => t["Setting.HolidayNotice.None"],
        _ => value.Length == 0 ? "—" : value,
    };

    /// <summary>One of a setting's choices in words.</summary>
    public static string Choice(SettingDefinition d, string choice, IStringLocalizer t) => d.ChoiceWords is { } words ? t[$"{words}.{choice}"] : choice;
}
