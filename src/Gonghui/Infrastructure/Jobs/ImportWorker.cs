using System.Threading.Channels;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Jobs;

/// <summary>Imports waiting for the worker, one at a time (each writes a whole roster; two at once would only slow each other).</summary>
public sealed class ImportQueue(ImportProgressBoard board)
{
    private readonly Channel<(long JobId, StagedFile Staged)> channel = Channel.CreateUnbounded<(long, StagedFile)>();

    /// <summary>The staged file goes with the job, its lock held by this process until the job ends; its place is shown until it starts.</summary>
    public void Enqueue(long jobId, StagedFile staged)
    {
        board.Waiting(jobId);
        channel.Writer.TryWrite((jobId, staged));
    }

    internal ChannelReader<(long JobId, StagedFile Staged)> Reader => channel.Reader;
}

/// <summary>
/// Runs queued imports in the background. Jobs a stopped process left unfinished are finished by the next verb or server
/// to start if they were writing (<see cref="ImportRunner.ResumeStrandedAsync"/>), and otherwise marked failed, having
/// written nothing (<see cref="StagedFile.SweepAsync"/>).
/// </summary>
public sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, ILogger<ImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await using (var resume = scopes.CreateAsyncScope())
        {
            resume.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("system");
            await resume.ServiceProvider.GetRequiredService<ImportRunner>().ResumeStrandedAsync(stoppingToken);
        }

        await foreach (var (jobId, staged) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GonghuiDbContext>();
            var job = await db.Set<ImportJob>().IgnoreQueryFilters().AsNoTracking().FirstAsync(j => j.Id == jobId, stoppingToken);
            // The job was authorised when it was queued; the run acts in its starter's name.
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem(job.CreatedByName);
            try
            {
                await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(jobId, staged, null, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "import job {JobId} failed", jobId);
                await using var failScope = scopes.CreateAsyncScope();
                // Never "failed" without a word: the starter reads why in the language they started it in.
                var t = failScope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
                string message;
                using (new Localization.CultureScope(job.Culture))
                {
                    message = t[e is OutOfMemoryException or InsufficientExecutionStackException ? "Import.Failed.TooBig" : "Import.Failed.Unexpected"].Value;
                }

                // A job past the point of no return is left writing: the next server to start finishes it.
                await failScope.ServiceProvider.GetRequiredService<GonghuiDbContext>().Set<ImportJob>().IgnoreQueryFilters().Where(j => j.Id == jobId && j.Status != ImportStatus.Writing)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportStatus.Failed).SetProperty(j => j.FinishedAt, DateTime.UtcNow).SetProperty(j => j.Message, message), CancellationToken.None);
            }
        }
    }
}
