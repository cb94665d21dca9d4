using System.Collections.Concurrent;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// When sessions and tokens were last used, and idle sessions ended, written in batches off the request path. A read
/// must never need the database's write lock: on SQLite a long import holds it, and every GET that refreshed its
/// session's last use waited behind it and failed. The session check reads the time here before the stored one, so an
/// instance's own refreshes count at once; another instance sees them within <see cref="FlushEvery"/>.
/// </summary>
public sealed class LastUse
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DateTime> sessions = new();
    private readonly ConcurrentDictionary<long, DateTime> tokens = new();
    private readonly ConcurrentDictionary<string, DateTime> revoked = new();

    public void Session(string id, DateTime at) => sessions.AddOrUpdate(id, at, (_, was) => was > at ? was : at);

    public void Token(long id, DateTime at) => tokens.AddOrUpdate(id, at, (_, was) => was > at ? was : at);

    /// <summary>An idle session found: refused at once here, ended in the database with the next batch.</summary>
    public void Revoke(string id, DateTime at) => revoked.TryAdd(id, at);

    public DateTime? SessionSeen(string id) => sessions.TryGetValue(id, out var at) ? at : null;

    public DateTime? TokenUsed(long id) => tokens.TryGetValue(id, out var at) ? at : null;

    public bool IsRevoked(string id) => revoked.ContainsKey(id);

    /// <summary>Writes what has gathered; what could not be written (the database busy) waits for the next batch.</summary>
    public async Task FlushAsync(GonghuiDbContext db, CancellationToken ct)
    {
        foreach (var (id, at) in sessions)
        {
            await db.UserSessions.Where(s => s.Id == id && s.LastSeenAt < at).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, at), ct);
            sessions.TryRemove(new KeyValuePair<string, DateTime>(id, at));
        }

        foreach (var (id, at) in tokens)
        {
            await db.ApiTokens.Where(t => t.Id == id && (t.LastUsedAt == null || t.LastUsedAt < at)).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, at), ct);
            tokens.TryRemove(new KeyValuePair<long, DateTime>(id, at));
        }

        foreach (var (id, at) in revoked)
        {
            await db.UserSessions.Where(s => s.Id == id && s.RevokedAt == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, at), ct);
            revoked.TryRemove(new KeyValuePair<string, DateTime>(id, at));
        }
    }
}

/// <summary>Writes <see cref="LastUse"/>'s batch every half minute, and what is left at shutdown.</summary>
public sealed class LastUseWriter(LastUse lastUse, IServiceScopeFactory scopes, ILogger<LastUseWriter> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(LastUse.FlushEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping: the last batch is written below
        }

        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("last-use");
            await lastUse.FlushAsync(scope.ServiceProvider.GetRequiredService<GonghuiDbContext>(), ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            log.LogInformation(e, "last-use times wait for the next batch");
        }
    }
}
