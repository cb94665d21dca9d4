using System.Globalization;
using System.Text.RegularExpressions;
using Gonghui.Infrastructure.Text;

namespace Gonghui.Infrastructure.Files;

/// <summary>How roster files name their columns and write their values, read leniently and exactly.</summary>
public static partial class ImportText
{
    /// <summary>
    /// Maps each field to its column from the header row, accepting the usual variants: case, spaces, full-width characters,
    /// a required-marker <c>*</c> and notes in brackets (<c>身份证号（必填）</c>) are ignored.
    /// </summary>
    public static Dictionary<string, int> MapColumns(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string[]> aliases)
    {
        var byHeader = new Dictionary<string, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            byHeader.TryAdd(HeaderKey(headers[i]), i);
        }

        var map = new Dictionary<string, int>();
        foreach (var (field, names) in aliases)
        {
            foreach (var name in names.Prepend(field))
            {
                if (byHeader.TryGetValue(HeaderKey(name), out var column))
                {
                    map[field] = column;
                    break;
                }
            }
        }

        return map;
    }

    public static string HeaderKey(string header) =>
        Brackets().Replace(Normalise.Compact(header), "").Trim('*').Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex(@"[（(\[【].*?[）)\]】]")]
    private static partial Regex Brackets();

    /// <summary>Dates as people and Excel write them: <c>2024-03-01</c>, <c>2024/3/1</c>, <c>2024.3.1</c>, <c>2024年3月1日</c>, <c>20240301</c>, a serial number.</summary>
    public static bool TryParseDate(string? raw, out DateOnly? date)
    {
        date = null;
        var trimmed = raw?.Trim() ?? "";
        var time = trimmed.IndexOfAny([' ', 'T']); // a time of day after the date is ignored
        var s = Normalise.Compact(time > 0 ? trimmed[..time] : trimmed);
        if (s.Length == 0)
        {
            return true;
        }

        if (s.Length is >= 1 and <= 5 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial >= 1)
        {
            // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was.
            date = DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(serial));
            return true;
        }

        var m = DateParts().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var (y, mo, d) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        if (y < 1900 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }

        date = new DateOnly(y, mo, d);
        return true;
    }

    [GeneratedRegex(@"^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$")]
    private static partial Regex DateParts();

    /// <summary>Yes/no as rosters write it.</summary>
    public static bool? ParseFlag(string? raw) => Normalise.Compact(raw).ToLowerInvariant() switch
    {
        "" => null,
        "是" or "y" or "yes" or "true" or "1" or "√" => true,
        "否" or "n" or "no" or "false" or "0" => false,
        _ => null,
    };
}
