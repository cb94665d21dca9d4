using System.Threading.Channels;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Jobs;

/// <summary>Imports waiting for the worker, one at a time (an import holds the database's write lock while it runs).</summary>
public sealed class ImportQueue
{
    private readonly Channel<(long JobId, string Path)> channel = Channel.CreateUnbounded<(long, string)>();

    public void Enqueue(long jobId, string path) => channel.Writer.TryWrite((jobId, path));

    internal ChannelReader<(long JobId, string Path)> Reader => channel.Reader;
}

/// <summary>Runs queued imports in the background. At start, jobs a stopped server left unfinished are marked failed: their transaction never committed.</summary>
public sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, DataFolder folder, ILogger<ImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await MarkInterruptedAsync(stoppingToken);
        await foreach (var (jobId, path) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GonghuiDbContext>();
            var job = await db.Set<ImportJob>().IgnoreQueryFilters().AsNoTracking().FirstAsync(j => j.Id == jobId, stoppingToken);
            // The job was authorised when it was queued; the run acts in its starter's name.
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem(job.CreatedByName);
            try
            {
                await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(jobId, path, null, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "import job {JobId} failed", jobId);
                await using var failScope = scopes.CreateAsyncScope();
                await failScope.ServiceProvider.GetRequiredService<GonghuiDbContext>().Set<ImportJob>().IgnoreQueryFilters().Where(j => j.Id == jobId)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportStatus.Failed).SetProperty(j => j.FinishedAt, DateTime.UtcNow), CancellationToken.None);
            }
        }
    }

    private async Task MarkInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GonghuiDbContext>();
        try
        {
            await db.Set<ImportJob>().IgnoreQueryFilters().Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportStatus.Failed).SetProperty(j => j.FinishedAt, DateTime.UtcNow), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "could not mark interrupted imports");
        }

        foreach (var stale in Directory.EnumerateFiles(folder.Imports))
        {
            File.Delete(stale);
        }
    }
}
