using System.Collections.Concurrent;
using System.Data;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Jobs;

/// <summary>Progress of running imports, kept in memory: reading and checking write nothing to the job's row.</summary>
public sealed class ImportProgressBoard
{
    private readonly ConcurrentDictionary<long, ImportProgress> running = new();
    private readonly List<long> waiting = [];
    private readonly Lock gate = new();

    /// <summary>
    /// A running job's figures, or a waiting job's place: phase <c>queued</c> with how many imports go before it (imports
    /// run one at a time).
    /// </summary>
    public ImportProgress? Of(long jobId)
    {
        if (running.TryGetValue(jobId, out var p))
        {
            return p;
        }

        lock (gate)
        {
            var place = waiting.IndexOf(jobId);
            return place < 0 ? null : new ImportProgress("queued", 0, 0, Ahead: place + running.Count);
        }
    }

    /// <summary>A job joins the end of the queue.</summary>
    public void Waiting(long jobId)
    {
        lock (gate)
        {
            waiting.Add(jobId);
        }
    }

    public IProgress<ImportProgress> For(long jobId, IProgress<ImportProgress>? also = null)
    {
        lock (gate)
        {
            waiting.Remove(jobId);
            running.TryAdd(jobId, new ImportProgress("reading", 0, 0));
        }

        return new Reporter(p =>
        {
            running[jobId] = p;
            also?.Report(p);
        });
    }

    public void Done(long jobId) => running.TryRemove(jobId, out _);

    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

/// <summary>
/// Runs one import job from its uploaded file (decision 0019). First every row is read, checked and staged, without the
/// database's write lock: a dry run or a rejected file ends there, having written nothing. Then the staged rows are
/// written: on PostgreSQL in the same one transaction (others read the old rows until it commits); on SQLite, whose one
/// writer would otherwise stall every other user, in batches of about a fifth of a second, each committed with the job's
/// progress, with a pause between them for other writers. Once writing begins the import is all written: a process that
/// stops leaves the job <see cref="ImportStatus.Writing"/> with its staging file, and the next verb or server to start
/// finishes it (<see cref="ResumeStrandedAsync"/>). The uploaded file, which holds personal data in the clear, is
/// deleted when the job ends whatever happens; the staging file (sealed like the members table) when its rows are written.
/// </summary>
public sealed class ImportRunner(GonghuiDbContext db, IEnumerable<IRosterImporter> importers, IStringLocalizer<SharedResource> t, ImportProgressBoard board,
    IConfiguration configuration, DataFolder folder, ILogger<ImportRunner> log)
{
    /// <summary>
    /// How long a batch should hold the lock (<c>Imports:BatchMilliseconds</c>, 200). Longer batches write faster (each
    /// commits its index pages once) and make others wait longer: a district's first load, at night, may take 5000.
    /// </summary>
    private TimeSpan BatchTarget => TimeSpan.FromMilliseconds(configuration.GetValue("Imports:BatchMilliseconds", 200));

    /// <summary>
    /// The shortest pause between batches (<c>Imports:PauseMilliseconds</c>, 200): a waiting writer tries for the lock every
    /// 150 ms (Microsoft.Data.Sqlite's busy loop), and a shorter pause can fall between two tries. 0 with a long batch
    /// writes a first load fastest, when nobody else is working.
    /// </summary>
    private TimeSpan PauseAtLeast => TimeSpan.FromMilliseconds(configuration.GetValue("Imports:PauseMilliseconds", 200));

    /// <summary>Runs the job from its staged file, which it deletes (and whose lock it lets go) when it ends, whatever happens.</summary>
    public async Task<ImportJob> RunAsync(long jobId, StagedFile staged, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var job = await db.Set<ImportJob>().IgnoreQueryFilters().FirstAsync(j => j.Id == jobId, ct);
        using var culture = new CultureScope(job.Culture);
        var errors = new RowErrors(configuration.GetValue("Imports:KeptErrors", RowErrors.DefaultKeep));
        bool errorsSaved;
        try
        {
            job.Status = ImportStatus.Running;
            job.StartedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
            errorsSaved = await RunFileAsync(job, staged.Path, errors, board.For(jobId, progress), ct);
        }
        finally
        {
            board.Done(jobId);
            staged.Dispose();
            await DetachAsync(staged.Path, keep: job.Status == ImportStatus.Writing);
        }

        await FinishAsync(job, errorsSaved ? null : errors);
        return job;
    }

    /// <summary>
    /// Finishes the writing of jobs a stopped process left <see cref="ImportStatus.Writing"/> (SQLite only: on PostgreSQL
    /// such a job's one transaction never committed, and it is swept as failed). Run by every verb at start and by the
    /// server's import worker in the background, after the sweep (which keeps these jobs' staging files).
    /// </summary>
    public async Task ResumeStrandedAsync(CancellationToken ct)
    {
        var stranded = await db.Set<ImportJob>().IgnoreQueryFilters().Where(j => j.Status == ImportStatus.Writing).ToListAsync(ct);
        foreach (var job in stranded)
        {
            var id = job.Id;
            var path = Path.Combine(folder.Imports, job.StagedAs!);
            using var held = StagedFile.TryAdopt(path);
            if (held is null)
            {
                continue; // a running process is still writing it
            }

            using var culture = new CultureScope(job.Culture);
            log.LogWarning("import job {JobId} was stopped while writing: writing its remaining rows", id);
            try
            {
                await ResumeAsync(job, path, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Left writing, its staging file kept: the next start tries again; nothing else waits for it.
                log.LogError(e, "import job {JobId} could not be finished; it will be tried again at the next start", id);
            }
        }
    }

    /// <summary>Writes a stranded job's remaining staged rows and ends it (failed if its staging file is gone).</summary>
    private async Task ResumeAsync(ImportJob job, string path, CancellationToken ct)
    {
        try
        {
            if (!File.Exists(StagingFile(path)))
            {
                job.Status = ImportStatus.Failed;
                job.Message = t["Import.Failed.Unexpected"];
            }
            else
            {
                var importer = importers.First(i => i.Kind == job.Kind);
                await AttachAsync(path, ct);
                var run = new ImportRun(db, job, null, new Dictionary<string, int>(), t, board.For(job.Id), new RowErrors(0));
                await WriteAsync(importer, run, ct);
                job.Status = ImportStatus.Completed;
            }
        }
        finally
        {
            board.Done(job.Id);
            await DetachAsync(path, keep: job.Status == ImportStatus.Writing);
        }

        await FinishAsync(job, null);
    }

    /// <summary>Runs the file; whether its row errors were saved when writing began.</summary>
    private async Task<bool> RunFileAsync(ImportJob job, string path, RowErrors errors, IProgress<ImportProgress> progress, CancellationToken ct)
    {
        var importer = importers.First(i => i.Kind == job.Kind);
        TabularFile file;
        try
        {
            file = TabularFile.Open(path, job.Sheet);
        }
        catch (TabularFileException e)
        {
            Fail(job, t[$"Import.File.{e.Code}", e.Detail ?? ""]);
            return false;
        }

        using (file)
        {
            job.Format = file.Format;
            var aliases = importer.Columns.ToDictionary(c => c.Field, c => (string[])[t[c.HeaderKey].Value, .. c.Aliases]);
            var columns = ImportText.MapColumns(file.Headers, aliases);
            var missing = importer.Columns.Where(c => c.Required && !columns.ContainsKey(c.Field)).Select(c => t[c.HeaderKey].Value).ToList();
            if (missing.Count > 0)
            {
                Fail(job, t["Import.File.MissingColumns", string.Join(t["Common.ListSeparator"].Value, missing)]);
                return false;
            }

            var run = new ImportRun(db, job, file, columns, t, progress, errors);
            db.ChangeTracker.Clear();
            if (!run.Postgres)
            {
                await AttachAsync(path, ct);
            }

            // SQLite: a deferred transaction that writes only the attached staging file takes no lock on the database (its
            // reads see one snapshot). PostgreSQL: the one transaction of the whole import.
            var tx = run.Postgres
                ? await db.Database.BeginTransactionAsync(ct)
                : await db.Database.UseTransactionAsync(((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true), ct);
            try
            {
                job.RowsRead = await importer.StageAsync(run, ct);
                var rejected = errors.Count > 0 && job.Mode == ImportMode.AllOrNothing;
                if (job.DryRun || rejected)
                {
                    var forecast = rejected ? new ImportCounts(job.RowsRead, 0, 0, 0) : await importer.ForecastAsync(run, ct);
                    (job.RowsInserted, job.RowsUpdated, job.RowsUnchanged) = (forecast.Inserted, forecast.Updated, forecast.Unchanged);
                    await tx!.RollbackAsync(CancellationToken.None);
                    job.Status = rejected ? ImportStatus.Rejected : ImportStatus.Completed;
                    return false;
                }

                if (!run.Postgres)
                {
                    await tx!.CommitAsync(CancellationToken.None);
                    await tx.DisposeAsync();
                    tx = null;
                    StagingDurable(path);
                }

                ImportRun.GiveBackMemory();

                // The point of no return: the errors and the decision to write are saved together.
                Reattach(job);
                job.Status = ImportStatus.Writing;
                await SaveWithErrorsAsync(job, errors);
                await WriteAsync(importer, run, CancellationToken.None);
                if (tx is not null)
                {
                    await tx.CommitAsync(CancellationToken.None);
                }

                job.Status = ImportStatus.Completed;
                return true;
            }
            finally
            {
                if (tx is not null)
                {
                    await tx.DisposeAsync();
                }

                Reattach(job);
            }
        }
    }

    /// <summary>
    /// Writes the staged rows after the job's <see cref="ImportJob.WrittenThrough"/>: in one go inside the import's
    /// transaction on PostgreSQL; on SQLite a batch per short transaction, sized to last about <see cref="BatchTarget"/>,
    /// committed with the job's progress, each followed by a pause as long as itself (at least <see cref="PauseAtLeast"/>)
    /// so that other writers, who poll for the lock, find it free.
    /// </summary>
    private async Task WriteAsync(IRosterImporter importer, ImportRun run, CancellationToken ct)
    {
        var job = run.Job;
        long last;
        await using (var max = run.Command($"SELECT COALESCE(MAX(seq), 0) FROM {run.Staging(importer.StagingTable)}"))
        {
            last = Convert.ToInt64(await max.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        run.Progress.Report(new ImportProgress("writing", job.RowsRead, job.ErrorCount, 0));
        if (run.Postgres)
        {
            var all = await importer.WriteAsync(run, job.WrittenThrough, last, ct);
            Add(job, all, last);
            return;
        }

        long size = 2_000;
        while (job.WrittenThrough < last)
        {
            var clock = Stopwatch.StartNew();
            var through = Math.Min(last, job.WrittenThrough + size);
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                var counts = await importer.WriteAsync(run, job.WrittenThrough, through, ct);
                Add(job, counts, through);
                // The job's progress commits with the batch, by hand: the context's save does more than one row needs.
                await run.ExecuteAsync("""
                    UPDATE import_jobs SET "WrittenThrough" = @through, "RowsInserted" = @inserted, "RowsUpdated" = @updated, "RowsUnchanged" = @unchanged WHERE "Id" = @id
                    """, ct, ("through", through), ("inserted", job.RowsInserted), ("updated", job.RowsUpdated), ("unchanged", job.RowsUnchanged), ("id", job.Id));
                await tx.CommitAsync(ct);
            }

            var took = clock.Elapsed;
            run.Progress.Report(new ImportProgress("writing", job.RowsRead, job.ErrorCount, (int)(100 * job.WrittenThrough / Math.Max(1, last))));
            size = Math.Clamp((long)(size * BatchTarget.TotalMilliseconds / Math.Max(1, took.TotalMilliseconds)), 200, 50_000);
            await Task.Delay(took > PauseAtLeast ? took : PauseAtLeast, ct);
        }
    }

    private static void Add(ImportJob job, ImportCounts counts, long through)
    {
        job.RowsInserted += counts.Inserted;
        job.RowsUpdated += counts.Updated;
        job.RowsUnchanged += counts.Unchanged;
        job.WrittenThrough = through;
    }

    /// <summary>Saves the job's end, its row errors if not saved yet, and the one audited event of the import.</summary>
    private async Task FinishAsync(ImportJob job, RowErrors? unsaved)
    {
        Reattach(job);
        job.FinishedAt = DateTime.UtcNow;
        if (unsaved is not null)
        {
            job.ErrorCount = unsaved.Count;
        }

        db.RecordEvent("import", job.Kind, job.Id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(new
        {
            file = job.FileName, status = job.Status.ToString(), dryRun = job.DryRun, read = job.RowsRead, inserted = job.RowsInserted,
            updated = job.RowsUpdated, errors = job.ErrorCount,
        }), job.UnionId);
        await SaveWithErrorsAsync(job, unsaved);
    }

    /// <summary>
    /// Saves what the context tracks together with the job's kept row errors, in the import's transaction or one of its
    /// own. The errors go by one prepared statement: through the change tracker 100,000 of them would be held twice over
    /// (entities and their snapshots), most of a large import's memory.
    /// </summary>
    private async Task SaveWithErrorsAsync(ImportJob job, RowErrors? errors)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(CancellationToken.None) : null;
        if (errors is not null)
        {
            job.ErrorCount = errors.Count;
            await using var insert = db.Database.GetDbConnection().CreateCommand();
            insert.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            insert.CommandText = "INSERT INTO import_errors (\"ImportJobId\", \"Row\", \"Column\", \"Message\") VALUES (@job, @row, @column, @message)";
            insert.Bind("job", job.Id).DbType = DbType.Int64;
            var row = insert.Bind("row", 0);
            row.DbType = DbType.Int32;
            var column = insert.Bind("column", null);
            column.DbType = DbType.String;
            var message = insert.Bind("message", "");
            message.DbType = DbType.String;
            await insert.PrepareAsync(CancellationToken.None);
            foreach (var e in errors.Kept)
            {
                row.Value = e.Row;
                column.Value = e.Column is { } c ? c[..Math.Min(c.Length, ImportError.ColumnLength)] : DBNull.Value;
                message.Value = e.Message[..Math.Min(e.Message.Length, ImportError.MessageLength)];
                await insert.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (own is not null)
        {
            await own.CommitAsync(CancellationToken.None);
            await own.DisposeAsync();
        }
    }

    private void Reattach(ImportJob job)
    {
        db.ChangeTracker.Clear();
        db.Attach(job);
        db.Entry(job).State = EntityState.Modified;
    }

    private static string StagingFile(string staged) => staged + StagedFile.StagingSuffix;

    /// <summary>
    /// Attaches the job's staging file to the import's connection, kept open for the job. Nothing in it needs to survive a
    /// crash before writing begins (the job is then swept as failed), so its journal is kept in memory (enough to roll a
    /// dry run back) and it is never synced but once, whole, before the job says <see cref="ImportStatus.Writing"/>.
    /// </summary>
    private async Task AttachAsync(string staged, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var attach = db.Database.GetDbConnection().CreateCommand();
        // Each batch writes index pages all over a table of millions: a larger page cache than SQLite's 2 MB keeps them
        // between batches, and a larger write-ahead log between checkpoints. A batch's commit is not synced (WAL with
        // synchronous NORMAL: a power cut may lose the last batches, never the database's consistency); the job's
        // progress is lost with them, so its successor writes them again. The pooled connection gets its defaults back.
        attach.CommandText = "ATTACH DATABASE @file AS staging; PRAGMA staging.journal_mode = MEMORY; PRAGMA staging.synchronous = OFF; PRAGMA staging.cache_size = -16384; PRAGMA main.cache_size = -32768; PRAGMA wal_autocheckpoint = 10000; PRAGMA synchronous = NORMAL";
        attach.Parameters.Add(new SqliteParameter("@file", StagingFile(staged)));
        await attach.ExecuteNonQueryAsync(ct);
    }

    private static void StagingDurable(string staged)
    {
        using var file = new FileStream(StagingFile(staged), FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        file.Flush(flushToDisk: true);
    }

    /// <summary>Detaches the staging file and deletes it, unless the job failed with rows in it still to write.</summary>
    private async Task DetachAsync(string staged, bool keep)
    {
        if (db.Database.IsNpgsql())
        {
            return;
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA main.cache_size = -2000; PRAGMA wal_autocheckpoint = 1000; PRAGMA synchronous = FULL; DETACH DATABASE staging");
        }
        catch (SqliteException)
        {
            // Never attached: the file could not be read.
        }

        await db.Database.CloseConnectionAsync();
        if (!keep)
        {
            File.Delete(StagingFile(staged));
        }
    }

    private static void Fail(ImportJob job, string message)
    {
        job.Status = ImportStatus.Failed;
        job.Message = message.Length > 1000 ? message[..1000] : message;
    }
}
