using System.Globalization;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Infrastructure.Rules;

/// <summary>
/// The legal calendar in force: the notices shipped for 2015–2026 (as the State Council published them, the 2020 Spring
/// Festival's extension to 2 February and 2015's 3 September anniversary included), with any year the district has set
/// in the console over them. A later year is set there when its notice comes out (usually in November).
/// </summary>
public sealed record CalendarSettings : IDistrictSettingsSection
{
    public static string Section => "Calendar";

    /// <summary>The district's notices by year, in their written form (<see cref="HolidayNotice.Parse"/>).</summary>
    public Dictionary<string, string> Years { get; init; } = [];

    private LegalCalendar? calendar;

    /// <summary>The calendar built from the shipped notices and the district's: built once per bound settings.</summary>
    public LegalCalendar Calendar() => calendar ??= new LegalCalendar(Notices());

    private IEnumerable<HolidayNotice> Notices()
    {
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var text = Years.GetValueOrDefault(Text(year)) ?? Shipped.GetValueOrDefault(year);
            if (text is not null && HolidayNotice.Parse(year, text) is { } notice)
            {
                yield return notice;
            }
        }
    }

    public const int FirstYear = 2015;

    /// <summary>Days off | adjusted working days, as each year's notice set them (a day off that is a weekend anyway is listed within its holiday).</summary>
    private static readonly Dictionary<int, string> Shipped = new()
    {
        [2015] = "01-01..01-03, 02-18..02-24, 04-04..04-06, 05-01..05-03, 06-20..06-22, 09-03..09-05, 09-27, 10-01..10-07 | 01-04, 02-15, 02-28, 09-06, 10-10",
        [2016] = "01-01..01-03, 02-07..02-13, 04-02..04-04, 04-30..05-02, 06-09..06-11, 09-15..09-17, 10-01..10-07 | 02-06, 02-14, 06-12, 09-18, 10-08, 10-09",
        [2017] = "01-01..01-02, 01-27..02-02, 04-02..04-04, 04-29..05-01, 05-28..05-30, 10-01..10-08 | 01-22, 02-04, 04-01, 05-27, 09-30",
        [2018] = "01-01, 02-15..02-21, 04-05..04-07, 04-29..05-01, 06-16..06-18, 09-22..09-24, 10-01..10-07, 12-30..12-31 | 02-11, 02-24, 04-08, 04-28, 09-29, 09-30, 12-29",
        [2019] = "01-01, 02-04..02-10, 04-05..04-07, 05-01..05-04, 06-07..06-09, 09-13..09-15, 10-01..10-07 | 02-02, 02-03, 04-28, 05-05, 09-29, 10-12",
        [2020] = "01-01, 01-24..02-02, 04-04..04-06, 05-01..05-05, 06-25..06-27, 10-01..10-08 | 01-19, 04-26, 05-09, 06-28, 09-27, 10-10",
        [2021] = "01-01..01-03, 02-11..02-17, 04-03..04-05, 05-01..05-05, 06-12..06-14, 09-19..09-21, 10-01..10-07 | 02-07, 02-20, 04-25, 05-08, 09-18, 09-26, 10-09",
        [2022] = "01-01..01-03, 01-31..02-06, 04-03..04-05, 04-30..05-04, 06-03..06-05, 09-10..09-12, 10-01..10-07, 12-31 | 01-29, 01-30, 04-02, 04-24, 05-07, 10-08, 10-09",
        [2023] = "01-01..01-02, 01-21..01-27, 04-05, 04-29..05-03, 06-22..06-24, 09-29..10-06 | 01-28, 01-29, 04-23, 05-06, 06-25, 10-07, 10-08",
        [2024] = "01-01, 02-10..02-17, 04-04..04-06, 05-01..05-05, 06-08..06-10, 09-15..09-17, 10-01..10-07 | 02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12",
        [2025] = "01-01, 01-28..02-04, 04-04..04-06, 05-01..05-05, 05-31..06-02, 10-01..10-08 | 01-26, 02-08, 04-27, 09-28, 10-11",
        [2026] = "01-01..01-03, 02-15..02-23, 04-04..04-06, 05-01..05-05, 06-19..06-21, 09-25..09-27, 10-01..10-07 | 01-04, 02-14, 02-28, 05-09, 09-20, 10-10",
    };


    /// <summary>The years the district may set: the shipped ones and up to next year's (a notice comes out before its year).</summary>
    public static int LastYear { get; } = Math.Max(Shipped.Keys.Max(), DateTime.UtcNow.Year + 1);

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
            .Select(y => new SettingDefinition($"{Section}:Years:{Text(y)}", "DayCounts", SettingKind.HolidayNotice, Shipped.GetValueOrDefault(y) ?? "", y, y, Label: "Setting.Calendar.Year"))
            .ToList();

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}

public static class LegalCalendarSettings
{
    /// <summary>The legal calendar in force for the district (read at the moment of use, like every setting).</summary>
    public static LegalCalendar Calendar(this DistrictSettings settings) => settings.Get<CalendarSettings>().Calendar();
}
