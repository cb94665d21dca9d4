using System.Globalization;
using System.Text;
using System.Text.Unicode;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace Gonghui.Infrastructure.Files;

/// <summary>One data row of an imported file: its row number as the user sees it in Excel (the header is row 1) and its cells as text.</summary>
public sealed record TabularRow(int Number, string?[] Cells)
{
    public string? this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : null;
}

/// <summary>Why a file could not be read at all (as opposed to a bad row).</summary>
public sealed class TabularFileException(string code, string? detail = null) : Exception(code)
{
    /// <summary>A resource key suffix: <c>Import.File.{Code}</c>.</summary>
    public string Code { get; } = code;

    public string? Detail { get; } = detail;
}

/// <summary>
/// Reads a roster streaming, row by row: CSV in UTF-8 (with or without BOM), GBK or GB18030 (detected), or the first (or a named)
/// sheet of an XLSX. Cells come as text: XLSX dates as <c>yyyy-MM-dd</c>, numbers as Excel would show them in full.
/// </summary>
public sealed class TabularFile : IDisposable
{
    private const int SniffBytes = 1 << 20;
    private readonly IEnumerable<TabularRow> rows;
    private readonly IDisposable? owned;
    private readonly Stream? position;

    static TabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private TabularFile(IReadOnlyList<string> headers, IEnumerable<TabularRow> rows, string format, IDisposable? owned, Stream? position = null)
    {
        Headers = headers;
        this.rows = rows;
        Format = format;
        this.owned = owned;
        this.position = position;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary><c>xlsx</c>, <c>csv (UTF-8)</c> or <c>csv (GB18030)</c>.</summary>
    public string Format { get; }

    public IEnumerable<TabularRow> Rows => rows;

    /// <summary>How far through the file reading is, 0 to 100, where it can be told (CSV: by bytes); XLSX cannot tell.</summary>
    public int? Percent => position is { Length: > 0 } p ? (int)(100 * p.Position / p.Length) : null;

    public static TabularFile Open(string path, string? sheet = null)
    {
        using (var probe = File.OpenRead(path))
        {
            Span<byte> magic = stackalloc byte[4];
            if (probe.Read(magic) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8))
            {
                return OpenXlsx(path, sheet);
            }
        }

        return OpenCsv(path);
    }

    /// <summary>The most an XLSX may expand to, all its parts together: a million-row roster is a few hundred megabytes of XML.</summary>
    public const long MaxExpandedBytes = 1536L * 1024 * 1024;

    /// <summary>The most a large part may be compressed: sheets of real rosters stay well under 30 to 1; a zip bomb is in the hundreds.</summary>
    public const int MaxCompressionRatio = 100;

    /// <summary>
    /// Refuses a zip bomb by its directory before a byte is expanded: the sizes the parts declare (which the reader then
    /// holds them to) in total, and the ratio of each large part. A 10 MB file that would expand to gigabytes is refused
    /// in milliseconds rather than after minutes of reading.
    /// </summary>
    private static void CheckExpansion(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > MaxExpandedBytes)
            {
                throw new TabularFileException("TooExpanded", $"{MaxExpandedBytes / 1024 / 1024} MB");
            }

            if (entry.Length > 1024 * 1024 && entry.Length / Math.Max(1, entry.CompressedLength) > MaxCompressionRatio)
            {
                throw new TabularFileException("TooCompressed", $"{entry.Length / Math.Max(1, entry.CompressedLength)}");
            }
        }
    }

    private static TabularFile OpenXlsx(string path, string? sheet)
    {
        string? sheetName = null;
        try
        {
            CheckExpansion(path);
            var names = MiniExcel.GetSheetNames(path);
            if (sheet is not null && !names.Contains(sheet))
            {
                throw new TabularFileException("NoSuchSheet", sheet);
            }

            sheetName = sheet ?? names.FirstOrDefault();
        }
        catch (TabularFileException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new TabularFileException("Unreadable");
        }

        var enumerator = MiniExcel.Query(path, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().GetEnumerator();
        if (!enumerator.MoveNext())
        {
            enumerator.Dispose();
            throw new TabularFileException("Empty");
        }

        var columns = enumerator.Current.Keys.ToArray();
        var headers = columns.Select(c => Text(enumerator.Current[c]) ?? "").ToArray();
        return new TabularFile(headers, XlsxRows(enumerator, columns), "xlsx", enumerator);
    }

    private static IEnumerable<TabularRow> XlsxRows(IEnumerator<IDictionary<string, object?>> enumerator, string[] columns)
    {
        var number = 1;
        while (enumerator.MoveNext())
        {
            number++;
            var row = enumerator.Current;
            var cells = new string?[columns.Length];
            var any = false;
            for (var i = 0; i < columns.Length; i++)
            {
                cells[i] = row.TryGetValue(columns[i], out var v) ? Text(v) : null;
                any |= !string.IsNullOrWhiteSpace(cells[i]);
            }

            if (any)
            {
                yield return new TabularRow(number, cells);
            }
        }
    }

    /// <summary>A cell as the user saw it: whole numbers without separators or exponent up to 15 digits (Excel's precision), dates as ISO.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("G15", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static TabularFile OpenCsv(string path)
    {
        var encoding = DetectEncoding(path);
        var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, OwnsReader = true, MaxBufferSize = 1 << 22 });
        }
        catch (Exception e) when (e is CsvFormatException or InvalidOperationException)
        {
            reader.Dispose();
            throw new TabularFileException("Unreadable");
        }

        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
        if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            csv.Dispose();
            throw new TabularFileException("Empty");
        }

        return new TabularFile(headers, CsvRows(csv), encoding is UTF8Encoding ? "csv (UTF-8)" : "csv (GB18030)", csv, reader.BaseStream);
    }

    private static IEnumerable<TabularRow> CsvRows(CsvDataReader csv)
    {
        var number = 1;
        while (csv.Read())
        {
            number++;
            var cells = new string?[csv.FieldCount];
            var any = false;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
                any |= cells[i]!.Length > 0 && !string.IsNullOrWhiteSpace(cells[i]);
            }

            if (any)
            {
                yield return new TabularRow(number, cells);
            }
        }
    }

    /// <summary>UTF-8 when the first megabyte decodes as UTF-8 (a BOM settles it at once); otherwise GB18030, which reads GBK too.</summary>
    public static Encoding DetectEncoding(string path)
    {
        var buffer = new byte[SniffBytes];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        var span = buffer.AsSpan(0, read);
        if (span.StartsWith("\uFEFF"u8))
        {
            return new UTF8Encoding(false);
        }

        // A multi-byte character may be cut at the end of the sample: drop up to three trailing continuation bytes.
        if (read == SniffBytes)
        {
            var cut = span.Length;
            while (cut > span.Length - 4 && (span[cut - 1] & 0xC0) == 0x80)
            {
                cut--;
            }

            span = span[..Math.Max(0, cut - 1)];
        }

        return Utf8.IsValid(span) ? new UTF8Encoding(false) : Encoding.GetEncoding("GB18030");
    }

    public void Dispose() => owned?.Dispose();
}
