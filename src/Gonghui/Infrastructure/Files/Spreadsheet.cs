using MiniExcelLibs;

namespace Gonghui.Infrastructure.Files;

public enum SpreadsheetFormat
{
    Xlsx,
    Csv,
}

/// <summary>Writes exports: XLSX or UTF-8 CSV (with a BOM, so Excel in a Chinese locale reads it right).</summary>
public static class Spreadsheet
{
    public static string ContentType(SpreadsheetFormat format) =>
        format == SpreadsheetFormat.Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";

    public static string Extension(SpreadsheetFormat format) => format == SpreadsheetFormat.Xlsx ? "xlsx" : "csv";

    /// <summary>A cell starting with = + - or @ would run as a formula when opened: it is kept as text.</summary>
    public static string? Neutralise(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' ? "'" + cell : cell;

    public static async Task<byte[]> WriteAsync(IEnumerable<IDictionary<string, object?>> rows, SpreadsheetFormat format, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        if (format == SpreadsheetFormat.Csv)
        {
            stream.Write("\uFEFF"u8);
        }

        var safe = rows.Select(r => (IDictionary<string, object?>)r.ToDictionary(c => c.Key, c => c.Value is string s ? Neutralise(s) : c.Value));
        await stream.SaveAsAsync(safe, excelType: format == SpreadsheetFormat.Xlsx ? ExcelType.XLSX : ExcelType.CSV, cancellationToken: ct);
        return stream.ToArray();
    }
}
