using System.CommandLine;
using Gonghui.Features.AuditLog;
using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;

namespace Gonghui.Host;

/// <summary><c>backup FILE</c> / <c>restore FILE</c>: the whole of a database's data in one archive (<see cref="Backups"/>), the keys apart.</summary>
internal static class BackupCommands
{
    public delegate Task<int> Runner(ParseResult parse, Func<IServiceProvider, ParseResult, Task<int>> action, CancellationToken ct, DatabaseUse use = DatabaseUse.Existing);

    public static Command Backup(Runner run)
    {
        var file = new Argument<FileInfo>("file") { Description = "where to write the archive (database, documents, manifest; never the keys)" };
        var cmd = new Command("backup", "Write the database and its documents to one archive while they are in use") { file };
        cmd.SetAction((parse, ct) => run(parse, async (sp, _) =>
        {
            var target = parse.GetValue(file)!.FullName;
            var manifest = await sp.GetRequiredService<Backups>().BackupAsync(target, Progress(), ct);
            Console.WriteLine($"backup written to {target}: {manifest.Tables.Values.Sum()} rows in {manifest.Tables.Count} tables, {manifest.Attachments.Count} documents, audit head {manifest.Audit.Head}");
            Console.WriteLine($"the keys are not in it: keep {sp.GetRequiredService<DataFolder>().Keys} apart from the backups, safely");
            return 0;
        }, ct));
        return cmd;
    }

    public static Command Restore(Runner run)
    {
        var file = new Argument<FileInfo>("file") { Description = "an archive written by backup" };
        var cmd = new Command("restore", "Replace the database and its documents with a backup's (stop the server first; the keys of the backup must be in place)") { file };
        cmd.SetAction((parse, ct) => run(parse, async (sp, _) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                throw new CliException($"no such file: {source.FullName}");
            }

            var backups = sp.GetRequiredService<Backups>();
            var manifest = await backups.RestoreAsync(source.FullName, Progress(), ct);
            await sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            var problems = await backups.CompareAsync(manifest, ct);
            if (problems.Count > 0)
            {
                throw new CliException($"restored from {source.Name}, but it does not match its manifest: {string.Join("; ", problems)}");
            }

            var db = sp.GetRequiredService<GonghuiDbContext>();
            db.RecordEvent("restore", "Database", null, $"{{\"file\":{System.Text.Json.JsonSerializer.Serialize(source.Name)},\"backupAt\":\"{manifest.CreatedAt:O}\",\"auditHead\":\"{manifest.Audit.Head}\"}}");
            await db.SaveChangesAsync(ct);
            // The log now ends where the backup's did (and this restore after it): the anchor says so, signed with the key.
            await sp.GetRequiredService<AuditAnchors>().AppendAsync(db, "restore", ct);
            var audit = await sp.GetRequiredService<VerifyAuditChain>().HandleAsync(ct);
            if (!audit.Intact)
            {
                throw new CliException($"restored from {source.Name}, but its audit log does not hold ({audit.Problem} at entry {audit.FirstBrokenId})");
            }

            Console.WriteLine($"restored from {source.FullName}: {manifest.Tables.Count} tables and {manifest.Attachments.Count} documents as the manifest lists them; audit chain intact ({audit.Checked} entries)");
            return 0;
        }, ct, DatabaseUse.Replace));
        return cmd;
    }

    private static Progress<string> Progress() => new(p => Console.Error.WriteLine(p));
}
