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
        await WriteAsync(stream, rows, format, ct);
        return stream.ToArray();
    }

    /// <summary>
    /// Large exports: rows are pulled one at a time (a database cursor) into a temporary file, so memory stays flat
    /// whatever the size; the file is deleted when the returned stream is closed.
    /// </summary>
    public static async Task<Stream> WriteToTemporaryFileAsync(IEnumerable<IDictionary<string, object?>> rows, SpreadsheetFormat format, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gonghui-export-{Guid.NewGuid():N}.{Extension(format)}");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await Task.Run(() => WriteAsync(file, rows, format, ct), ct);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A workbook of several sheets (XLSX only), each a list of rows by sheet name, in order.</summary>
    public static async Task<byte[]> WriteSheetsAsync(IReadOnlyList<(string Name, IReadOnlyList<IDictionary<string, object?>> Rows)> sheets, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var workbook = sheets.ToDictionary(s => s.Name, s => (object)s.Rows.Select(Safe).ToList());
        await stream.SaveAsAsync(workbook, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    private static IDictionary<string, object?> Safe(IDictionary<string, object?> row) => row.ToDictionary(c => c.Key, c => c.Value is string s ? Neutralise(s) : c.Value);

    private static async Task WriteAsync(Stream stream, IEnumerable<IDictionary<string, object?>> rows, SpreadsheetFormat format, CancellationToken ct)
    {
        if (format == SpreadsheetFormat.Csv)
        {
            stream.Write("\uFEFF"u8);
        }

        var safe = rows.Select(Safe);
        await stream.SaveAsAsync(safe, excelType: format == SpreadsheetFormat.Xlsx ? ExcelType.XLSX : ExcelType.CSV, cancellationToken: ct);
    }
}
