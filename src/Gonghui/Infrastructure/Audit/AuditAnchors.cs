using System.Globalization;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Audit;

/// <summary>Where the audit log stood at a moment: how many entries, the last one's id and link.</summary>
public sealed record AuditAnchor(long Count, long LastId, string Head, DateTime At, string Reason);

/// <summary>
/// The audit log's anchors, in a file of the data folder (<c>anchors/audit-anchors.log</c>), outside the database: a line
/// a day and at every backup, each signed with the audit key. A chain cut short after an anchor, or rewritten before it,
/// no longer reaches that anchor's head; a forged anchor does not hold its signature.
/// </summary>
public sealed class AuditAnchors(DataFolder folder, AuditChain chain)
{
    public string FilePath => folder.AuditAnchors;

    public async Task<AuditAnchor> AppendAsync(GonghuiDbContext db, string reason, CancellationToken ct)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(ct);
        var count = head is null ? 0 : await db.AuditEntries.LongCountAsync(e => e.Id <= head.Id, ct);
        var anchor = new AuditAnchor(count, head?.Id ?? 0, head?.Hash ?? AuditChain.Genesis, DateTime.UtcNow, reason);
        var line = Format(anchor);
        await File.AppendAllTextAsync(FilePath, $"{line}\t{chain.Sign(line)}\n", ct);
        return anchor;
    }

    /// <summary>The last anchor whose signature holds, and how many lines of the file do not hold theirs.</summary>
    public (AuditAnchor? Last, int Altered) Read()
    {
        if (!File.Exists(FilePath))
        {
            return (null, 0);
        }

        AuditAnchor? last = null;
        var altered = 0;
        foreach (var raw in File.ReadLines(FilePath).Where(l => l.Length > 0))
        {
            var cut = raw.LastIndexOf('\t');
            var anchor = cut < 0 ? null : Parse(raw[..cut]);
            if (anchor is null || chain.Sign(raw[..cut]) != raw[(cut + 1)..])
            {
                altered++;
                continue;
            }

            last = anchor;
        }

        return (last, altered);
    }

    /// <summary>Whether the chain still reaches the anchor: its last entry there with the same link, and as many entries up to it.</summary>
    public static async Task<string?> ProblemAsync(GonghuiDbContext db, AuditAnchor anchor, CancellationToken ct)
    {
        if (anchor.LastId == 0)
        {
            return null;
        }

        var head = await db.AuditEntries.AsNoTracking().Where(e => e.Id == anchor.LastId).Select(e => e.Hash).FirstOrDefaultAsync(ct);
        var count = await db.AuditEntries.LongCountAsync(e => e.Id <= anchor.LastId, ct);
        return head is null || count < anchor.Count ? "removed"
            : head != anchor.Head || count != anchor.Count ? "rewritten"
            : null;
    }

    private static string Format(AuditAnchor a) =>
        string.Join('\t', "v1", a.Count.ToString(CultureInfo.InvariantCulture), a.LastId.ToString(CultureInfo.InvariantCulture), a.Head,
            a.At.ToString("O", CultureInfo.InvariantCulture), a.Reason);

    private static AuditAnchor? Parse(string line)
    {
        var f = line.Split('\t');
        return f.Length == 6 && f[0] == "v1" && long.TryParse(f[1], CultureInfo.InvariantCulture, out var count) && long.TryParse(f[2], CultureInfo.InvariantCulture, out var lastId)
            && DateTime.TryParse(f[4], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? new AuditAnchor(count, lastId, f[3], at, f[5])
            : null;
    }
}

/// <summary>Appends the day's anchor when the server starts and each hour after, unless the day has one.</summary>
public sealed class DailyAuditAnchor(IServiceScopeFactory scopes, AuditAnchors anchors, ILogger<DailyAuditAnchor> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var today = Localization.LocalizationSetup.Today;
                if (anchors.Read().Last is not { } last || DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(last.At, Localization.LocalizationSetup.Shanghai)) < today)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await anchors.AppendAsync(scope.ServiceProvider.GetRequiredService<GonghuiDbContext>(), "daily", stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "could not append the day's audit anchor");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
