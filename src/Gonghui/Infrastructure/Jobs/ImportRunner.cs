using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Jobs;

/// <summary>Progress of running imports, kept in memory: the import's own transaction holds the database until it ends.</summary>
public sealed class ImportProgressBoard
{
    private readonly ConcurrentDictionary<long, ImportProgress> running = new();
    private readonly List<long> waiting = [];
    private readonly Lock gate = new();

    /// <summary>
    /// A running job's figures, or a waiting job's place: phase <c>queued</c> with how many imports go before it (imports
    /// run one at a time, each holding the write lock while it commits).
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
/// Runs one import job from its uploaded file: reads, hands the rows to the kind's importer inside one transaction, and commits
/// only a real run whose mode allows it. A crash or kill before the commit leaves the database as it was. The file, which holds
/// personal data in the clear, is deleted at the end whatever happens.
/// </summary>
public sealed class ImportRunner(GonghuiDbContext db, IEnumerable<IRosterImporter> importers, IStringLocalizer<SharedResource> t, ImportProgressBoard board, IConfiguration configuration)
{
    /// <summary>Runs the job from its staged file, which it deletes (and whose lock it lets go) when it ends, whatever happens.</summary>
    public async Task<ImportJob> RunAsync(long jobId, StagedFile staged, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var job = await db.Set<ImportJob>().IgnoreQueryFilters().FirstAsync(j => j.Id == jobId, ct);
        var previousCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(job.Culture);
        var errors = new RowErrors(configuration.GetValue("Imports:KeptErrors", RowErrors.DefaultKeep));
        try
        {
            job.Status = ImportStatus.Running;
            job.StartedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
            await RunFileAsync(job, staged.Path, errors, board.For(jobId, progress), ct);
        }
        finally
        {
            board.Done(jobId);
            CultureInfo.CurrentUICulture = previousCulture;
            staged.Dispose();
        }

        job.ErrorCount = errors.Count;
        job.FinishedAt = DateTime.UtcNow;
        db.Set<ImportError>().AddRange(errors.Kept.Select(e => new ImportError { ImportJobId = job.Id, Row = e.Row, Column = e.Column, Message = e.Message }));
        db.RecordEvent("import", job.Kind, job.Id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(new
        {
            file = job.FileName, status = job.Status.ToString(), dryRun = job.DryRun, read = job.RowsRead, inserted = job.RowsInserted,
            updated = job.RowsUpdated, errors = job.ErrorCount,
        }), job.UnionId);
        await db.SaveChangesAsync(CancellationToken.None);
        return job;
    }

    private async Task RunFileAsync(ImportJob job, string path, RowErrors errors, IProgress<ImportProgress> progress, CancellationToken ct)
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
            return;
        }

        using (file)
        {
            job.Format = file.Format;
            var aliases = importer.Columns.ToDictionary(c => c.Field, c => (string[])[t[c.HeaderKey].Value, .. c.Aliases]);
            var columns = ImportText.MapColumns(file.Headers, aliases);
            var missing = importer.Columns.Where(c => c.Required && !columns.ContainsKey(c.Field)).Select(c => t[c.HeaderKey].Value).ToList();
            if (missing.Count > 0)
            {
                Fail(job, t["Import.File.MissingColumns", string.Join("、", missing)]);
                return;
            }

            // The import's writes and nothing else share this transaction; the job row was saved before it began.
            db.ChangeTracker.Clear();
            var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var counts = await importer.RunAsync(new ImportRun(db, job, file, columns, t, progress, errors), ct);
                (job.RowsRead, job.RowsInserted, job.RowsUpdated, job.RowsUnchanged) = (counts.Read, counts.Inserted, counts.Updated, counts.Unchanged);
                var rejected = errors.Count > 0 && job.Mode == ImportMode.AllOrNothing;
                if (rejected)
                {
                    (job.RowsInserted, job.RowsUpdated, job.RowsUnchanged) = (0, 0, 0);
                }

                if (job.DryRun || rejected)
                {
                    await tx.RollbackAsync(CancellationToken.None);
                }
                else
                {
                    await tx.CommitAsync(CancellationToken.None);
                }

                job.Status = rejected ? ImportStatus.Rejected : ImportStatus.Completed;
            }
            finally
            {
                await tx.DisposeAsync();
                db.ChangeTracker.Clear();
                db.Attach(job);
                db.Entry(job).State = EntityState.Modified;
            }
        }
    }

    private static void Fail(ImportJob job, string message)
    {
        job.Status = ImportStatus.Failed;
        job.Message = message.Length > 1000 ? message[..1000] : message;
    }
}
