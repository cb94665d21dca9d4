using System.Globalization;

namespace Gonghui.Infrastructure.Rules;

/// <summary>What a day is under the State Council's holiday notice for its year.</summary>
public enum DayKind
{
    WorkingDay,

    /// <summary>A Saturday or Sunday that is not an adjusted working day.</summary>
    RestDay,

    /// <summary>A day off of a statutory holiday, the rest days it is bridged with included (10月1日至8日放假).</summary>
    Holiday,

    /// <summary>A Saturday or Sunday worked in exchange for a holiday's bridge (调休上班).</summary>
    AdjustedWorkingDay,
}

/// <summary>
/// One year's holiday notice: the days off (each statutory holiday with the rest days it is bridged with) and the
/// weekend days worked instead. Written <c>01-01..01-03, 02-15..02-23 | 01-04, 02-14</c>: days off, a bar, then the
/// adjusted working days; every date within the year.
/// </summary>
public sealed record HolidayNotice(int Year, IReadOnlySet<DateOnly> DaysOff, IReadOnlySet<DateOnly> WorkingDays)
{
    /// <summary>The notice read from its written form, or null when it is not that form or names a day outside its year.</summary>
    public static HolidayNotice? Parse(int year, string? text)
    {
        var parts = (text ?? "").Replace('｜', '|').Split('|');
        if (parts.Length > 2 || year is < 1 or > 9998)
        {
            return null;
        }

        var off = Days(year, parts[0]);
        var work = parts.Length == 2 ? Days(year, parts[1]) : [];
        return off is null || work is null || off.Overlaps(work) ? null : new HolidayNotice(year, off, work);
    }

    /// <summary>The written form, ranges joined, in date order: what is stored and shown.</summary>
    public string Format()
    {
        var off = string.Join(", ", Ranges(DaysOff.Order()).Select(r => r.From == r.To ? Day(r.From) : $"{Day(r.From)}..{Day(r.To)}"));
        return WorkingDays.Count == 0 ? off : $"{off} | {string.Join(", ", WorkingDays.Order().Select(Day))}";
    }

    private static string Day(DateOnly d) => d.ToString("MM-dd", CultureInfo.InvariantCulture);

    private static HashSet<DateOnly>? Days(int year, string text)
    {
        var days = new HashSet<DateOnly>();
        foreach (var item in text.Split([',', '，', '、', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = item.Replace("～", "..").Replace("~", "..").Replace("至", "..").Split("..");
            if (ends.Length > 2 || Date(year, ends[0]) is not { } from || (ends.Length == 2 ? Date(year, ends[1]) : from) is not { } to || to < from)
            {
                return null;
            }

            for (var d = from; d <= to; d = d.AddDays(1))
            {
                days.Add(d);
            }
        }

        return days;
    }

    private static DateOnly? Date(int year, string text) =>
        DateOnly.TryParseExact($"{year:D4}-{text.Trim()}", "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static IEnumerable<(DateOnly From, DateOnly To)> Ranges(IEnumerable<DateOnly> days)
    {
        (DateOnly From, DateOnly To)? open = null;
        foreach (var d in days)
        {
            if (open is { } o && o.To.AddDays(1) == d)
            {
                open = (o.From, d);
                continue;
            }

            if (open is { } done)
            {
                yield return done;
            }

            open = (d, d);
        }

        if (open is { } last)
        {
            yield return last;
        }
    }
}

/// <summary>
/// Working days and days off as the State Council's yearly notices set them. A year without a notice has its weekends as
/// rest days and nothing else (<see cref="Knows"/> says so).
/// </summary>
public sealed class LegalCalendar(IEnumerable<HolidayNotice> notices)
{
    private readonly Dictionary<int, HolidayNotice> byYear = notices.ToDictionary(n => n.Year);

    /// <summary>Whether the year's holiday notice is known.</summary>
    public bool Knows(int year) => byYear.ContainsKey(year);

    public DayKind KindOf(DateOnly day)
    {
        if (byYear.TryGetValue(day.Year, out var notice))
        {
            if (notice.WorkingDays.Contains(day))
            {
                return DayKind.AdjustedWorkingDay;
            }

            if (notice.DaysOff.Contains(day))
            {
                return DayKind.Holiday;
            }
        }

        return day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.RestDay : DayKind.WorkingDay;
    }

    public bool IsWorkingDay(DateOnly day) => KindOf(day) is DayKind.WorkingDay or DayKind.AdjustedWorkingDay;

    /// <summary>The day itself when it is a working day, else the first working day after it (Civil Code art. 203).</summary>
    public DateOnly FirstWorkingDayFrom(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The <paramref name="count"/>th working day after <paramref name="start"/> (the start itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        var day = start;
        for (var n = 0; n < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                n++;
            }
        }

        return day;
    }
}
