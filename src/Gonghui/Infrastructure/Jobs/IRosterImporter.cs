using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Jobs;

/// <summary>A column of an import template: the field, its Chinese and English headers, the other names files use for it.</summary>
public sealed record ImportColumn(string Field, string HeaderKey, bool Required, string Example, params string[] Aliases);

/// <summary>A refused row: the row number as in Excel, the field's column header, the reason in the user's language.</summary>
public sealed record RowError(int Row, string? Column, string Message);

/// <summary>What an import read and wrote.</summary>
public sealed record ImportCounts(int Read, int Inserted, int Updated, int Unchanged);

/// <summary>A running import's figures; <see cref="Percent"/> is known while reading a CSV.</summary>
public sealed record ImportProgress(string Phase, int RowsRead, int Errors, int? Percent = null, int? Ahead = null);

/// <summary>Everything one run of an importer needs; <see cref="Columns"/> maps each field to its column in the file.</summary>
public sealed record ImportRun(
    GonghuiDbContext Db,
    ImportJob Job,
    TabularFile File,
    IReadOnlyDictionary<string, int> Columns,
    IStringLocalizer T,
    IProgress<ImportProgress> Progress,
    RowErrors Errors)
{
    /// <summary>The header of the field's column as it reads in the file, for error messages.</summary>
    public string? Header(string field) => Columns.TryGetValue(field, out var c) ? File.Headers[c] : null;

    public string? Cell(TabularRow row, string field) => Columns.TryGetValue(field, out var c) ? row[c] : null;

    public void Report(string phase, int rowsRead) => Progress.Report(new ImportProgress(phase, rowsRead, Errors.Count, phase == "reading" ? File.Percent : null));

    /// <summary>A refusal of a row's field, named by the field's column header in the file.</summary>
    public RowError ErrorAt(int row, string field, string message) => new(row, Header(field) ?? T[$"Import.Field.{field}"], message);

    public void Fail(int row, string field, string message) => Errors.Add(ErrorAt(row, field, message));
}

/// <summary>
/// Imports one kind of roster. The runner owns the transaction: an importer checks every row, reports the bad ones in
/// <see cref="ImportRun.Errors"/>, writes the good ones, and returns the counts; the runner then commits, or rolls back a dry
/// run or an all-or-nothing import with bad rows (so a dry run's counts are exactly what a real run would write).
/// </summary>
public interface IRosterImporter
{
    string Kind { get; }

    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Whether rows need a target union (members do; enterprises may stay uncovered).</summary>
    bool RequiresUnion { get; }

    Task<ImportCounts> RunAsync(ImportRun run, CancellationToken ct);
}

/// <summary>
/// A run's row errors: the first <see cref="Keep"/> in full (<c>Imports:KeptErrors</c>, 100,000), every one counted. A
/// file of a million bad rows does not hold a million messages in memory, and its report says how many more there were.
/// </summary>
public sealed class RowErrors(int keep)
{
    public const int DefaultKeep = 100_000;

    private readonly List<RowError> kept = [];

    public int Keep => keep;

    /// <summary>Every error met, kept or not.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<RowError> Kept => kept;

    public void Add(RowError error)
    {
        Count++;
        if (kept.Count < keep)
        {
            kept.Add(error);
        }
    }

    public void AddRange(IEnumerable<RowError> errors)
    {
        foreach (var error in errors)
        {
            Add(error);
        }
    }
}
