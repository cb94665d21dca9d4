using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Files;

/// <summary>A row of a small table sent with a record: its line in the file and its cells by field.</summary>
public sealed record AttachedRow(int Line, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string field] => Cells.GetValueOrDefault(field);
}

/// <summary>
/// A small table sent with one record (a training's certificate list, an event's sign-in sheet): CSV in UTF-8, GBK or
/// GB18030, or XLSX, with a header row naming the fields by any of their usual names. Read whole — up to a size and a
/// number of rows, beyond which it is refused rather than half read — from a temporary copy deleted at once; blank
/// rows are skipped. The big rosters go through the import jobs instead.
/// </summary>
public static class AttachedTable
{
    /// <summary>The rows, or why the file cannot be read (in the user's language), for the <c>file</c> field.</summary>
    /// <param name="required">The fields the file must have a column for; the others are read when present.</param>
    /// <param name="columnWord">A field's name as the user knows it, for the missing-columns message.</param>
    public static async Task<(List<AttachedRow>? Rows, string? Problem)> ReadAsync(Stream content, long maxBytes, int maxRows, IReadOnlyDictionary<string, string[]> aliases,
        IReadOnlyCollection<string> required, Func<string, string> columnWord, string tooManyRowsKey, IStringLocalizer t, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gonghui-table-{Guid.NewGuid():N}");
        try
        {
            await using (var copy = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await content.CopyToAsync(copy, ct);
                if (copy.Length == 0 || copy.Length > maxBytes)
                {
                    return (null, t[copy.Length == 0 ? "Import.File.Empty" : "Import.FileTooLarge", maxBytes / 1024 / 1024]);
                }
            }

            using var file = TabularFile.Open(path);
            var columns = ImportText.MapColumns(file.Headers, aliases);
            var missing = required.Where(f => !columns.ContainsKey(f)).Select(columnWord).ToList();
            if (missing.Count > 0)
            {
                return (null, t["Import.File.MissingColumns", string.Join(t["Common.ListSeparator"].Value, missing)]);
            }

            var rows = new List<AttachedRow>();
            foreach (var row in file.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))))
            {
                if (rows.Count == maxRows)
                {
                    return (null, t[tooManyRowsKey, maxRows]);
                }

                rows.Add(new AttachedRow(row.Number, columns.ToDictionary(c => c.Key, c => row[c.Value])));
            }

            return (rows, null);
        }
        catch (TabularFileException e)
        {
            return (null, t[$"Import.File.{e.Code}", e.Detail ?? ""]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
