using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
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

/// <summary>
/// Everything one run of an importer needs; <see cref="Columns"/> maps each field to its column in the file. A job resumed
/// after its process stopped has only its staged rows left to write: no file.
/// </summary>
public sealed record ImportRun(
    GonghuiDbContext Db,
    ImportJob Job,
    TabularFile? File,
    IReadOnlyDictionary<string, int> Columns,
    IStringLocalizer T,
    IProgress<ImportProgress> Progress,
    RowErrors Errors)
{
    /// <summary>Whether the database is PostgreSQL (staging by binary COPY into a temporary table) or SQLite.</summary>
    public bool Postgres { get; } = Db.Database.IsNpgsql();

    /// <summary>
    /// A staging table's name: on SQLite in the job's own attached file (<c>staging.</c>), which the import writes without
    /// the database's write lock and which outlives the process until its rows are written; on PostgreSQL a temporary table
    /// of the import's one transaction.
    /// </summary>
    public string Staging(string table) => Postgres ? table : "staging." + table;

    /// <summary>The header of the field's column as it reads in the file, for error messages.</summary>
    public string? Header(string field) => Columns.TryGetValue(field, out var c) ? File!.Headers[c] : null;

    public string? Cell(TabularRow row, string field) => Columns.TryGetValue(field, out var c) ? row[c] : null;

    public void Report(string phase, int rowsRead)
    {
        Progress.Report(new ImportProgress(phase, rowsRead, Errors.Count, phase == "reading" ? File?.Percent : null));
        // Importers report every few thousand rows, not on round numbers: memory goes back each time the count crosses
        // another GiveBackEvery, whatever the importer's step.
        if (phase == "reading" && rowsRead / GiveBackEvery > givenBackAt / GiveBackEvery)
        {
            givenBackAt = rowsRead;
            GiveBackMemory();
        }
    }

    private int givenBackAt;

    /// <summary>Rows read between two <see cref="GiveBackMemory"/> calls: a tenth of a million-row file.</summary>
    private const int GiveBackEvery = 100_000;

    /// <summary>
    /// Reading a file allocates about a gigabyte per million rows (cells, seals, hashes) of which almost nothing stays; the
    /// runtime would keep its garbage as the process's own, so a long import returns it to the system at intervals (and the
    /// runner once more before writing) to hold any file under 500 MB (issue 14). Each is one full collection of a heap
    /// whose live part is small: tens of milliseconds.
    /// </summary>
    public static void GiveBackMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>A refusal of a row's field, named by the field's column header in the file.</summary>
    public RowError ErrorAt(int row, string field, string message) => new(row, Header(field) ?? T[$"Import.Field.{field}"], message);

    public void Fail(int row, string field, string message) => Errors.Add(ErrorAt(row, field, message));
}

/// <summary>
/// Imports one kind of roster in two steps the runner drives (decision 0019). <see cref="StageAsync"/> reads and checks
/// every row and stages the good ones, numbered by <c>seq</c>, in <see cref="StagingTable"/>, writing nothing a user sees;
/// the bad ones go to <see cref="ImportRun.Errors"/>. Then either <see cref="ForecastAsync"/> counts what a real run would
/// write (a dry run, which never takes the write lock), or <see cref="WriteAsync"/> applies the staged rows a range of
/// <c>seq</c> at a time, each range in a short transaction of its own on SQLite. A range is applied exactly once, so it
/// need not be idempotent, but it must tolerate what other users wrote since the rows were staged.
/// </summary>
public interface IRosterImporter
{
    string Kind { get; }

    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Whether rows need a target union (members do; enterprises may stay uncovered).</summary>
    bool RequiresUnion { get; }

    /// <summary>The staging table, with an integer <c>seq</c> numbering its rows from 1 in file order.</summary>
    string StagingTable { get; }

    /// <summary>Reads, checks and stages every row; returns how many rows the file had.</summary>
    Task<int> StageAsync(ImportRun run, CancellationToken ct);

    /// <summary>What writing every staged row would insert, update and leave unchanged, without writing.</summary>
    Task<ImportCounts> ForecastAsync(ImportRun run, CancellationToken ct);

    /// <summary>Writes the staged rows with <c>after &lt; seq &lt;= through</c>; returns what they inserted, updated and left as they were.</summary>
    Task<ImportCounts> WriteAsync(ImportRun run, long after, long through, CancellationToken ct);
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
