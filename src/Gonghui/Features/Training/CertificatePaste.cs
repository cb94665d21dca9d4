using System.Globalization;

namespace Gonghui.Features.Training;

/// <summary>
/// Certificate rows pasted into the console from a spreadsheet or a training institution's list: one a line, name, ID
/// number, certificate number and date of issue, separated by tabs, commas or semicolons (full-width too), or else by
/// spaces. What does not parse is passed on empty, for the server's row-by-row reasons.
/// </summary>
public static class CertificatePaste
{
    private static readonly char[] Separators = ['\t', ',', '，', ';', '；'];

    public static List<CertificateInput> Parse(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Row).ToList();

    private static CertificateInput Row(string line)
    {
        var cells = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (cells.Length == 1)
        {
            cells = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        }

        var date = cells.ElementAtOrDefault(3)?.Replace('/', '-').Replace('.', '-');
        return new CertificateInput(cells.ElementAtOrDefault(0), cells.ElementAtOrDefault(1), cells.ElementAtOrDefault(2),
            DateOnly.TryParseExact(date, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on : null);
    }
}
