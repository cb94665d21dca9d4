using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gonghui.Infrastructure.Data;

/// <summary>What a backup holds, written last into it: every table's count, every document's hash, the audit log's head and the keys' fingerprints.</summary>
public sealed record BackupManifest(
    string Format,
    DateTime CreatedAt,
    string Provider,
    IReadOnlyDictionary<string, long> Tables,
    IReadOnlyList<BackupFile> Attachments,
    AuditAnchor Audit,
    IReadOnlyDictionary<string, string> KeyFingerprints,
    string Keys);

public sealed record BackupFile(string StoredAs, string Sha256, long Size);

/// <summary>
/// <c>gonghui backup FILE</c> / <c>restore FILE</c>: one archive (zip) with the database (SQLite's online backup, or
/// <c>pg_dump</c>), the documents folder and a manifest; never the keys, which stay apart (the manifest says where). A
/// restore refuses a key whose fingerprint is not the backup's, then checks every count and hash against the manifest.
/// </summary>
public sealed class Backups(GonghuiDbContext db, DatabaseOptions options, DataFolder folder, Keys keys, AuditAnchors anchors, KeyCheck keyCheck)
{
    public const string Format = "gonghui-backup/1";
    private const string ManifestEntry = "manifest.json";
    private const string SqliteEntry = "database/gonghui.db";
    private const string PostgresEntry = "database/gonghui.pgdump";
    private const string AttachmentsPrefix = "attachments/";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<BackupManifest> BackupAsync(string target, IProgress<string>? progress, CancellationToken ct)
    {
        // The anchor first: the manifest's head is the anchor's, and the database copied after it holds at least that much.
        var anchor = await anchors.AppendAsync(db, "backup", ct);
        var staging = Path.Combine(folder.Root, $"backup-{Guid.NewGuid():N}.tmp");
        try
        {
            await using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create);
            progress?.Report("database");
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await using (var source = new SqliteConnection(options.ResolveConnection()))
                await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = staging, Pooling = false }.ToString()))
                {
                    await source.OpenAsync(ct);
                    await copy.OpenAsync(ct);
                    source.BackupDatabase(copy);
                }

                zip.CreateEntryFromFile(staging, SqliteEntry, CompressionLevel.Fastest);
            }
            else
            {
                await PgToolAsync("pg_dump", ["--format=custom", "--no-owner", $"--file={staging}"], ct);
                zip.CreateEntryFromFile(staging, PostgresEntry, CompressionLevel.NoCompression);
            }

            progress?.Report("documents");
            var files = new List<BackupFile>();
            foreach (var a in await db.Set<Attachment>().IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct))
            {
                var path = Path.Combine(folder.Attachments, a.StoredAs);
                if (File.Exists(path))
                {
                    zip.CreateEntryFromFile(path, AttachmentsPrefix + a.StoredAs, CompressionLevel.Fastest);
                    files.Add(new BackupFile(a.StoredAs, await HashAsync(path, ct), new FileInfo(path).Length));
                }
            }

            var manifest = new BackupManifest(Format, DateTime.UtcNow, options.Provider.ToString(), await CountTablesAsync(ct), files, anchor,
                new Dictionary<string, string>
                {
                    [KeyFingerprint.PersonalData] = await keyCheck.RecordedAsync(KeyFingerprint.PersonalData, ct) ?? "",
                    [KeyFingerprint.Audit] = await keyCheck.RecordedAsync(KeyFingerprint.Audit, ct) ?? "",
                },
                $"not in this backup: keep {folder.Keys} (personal-data.key, audit.key, data-protection.key) apart from it, safely; a restore needs them");
            await using (var entry = zip.CreateEntry(ManifestEntry).Open())
            {
                await JsonSerializer.SerializeAsync(entry, manifest, Json, ct);
            }

            db.RecordEvent("backup", "Database", null, $"{{\"file\":{JsonSerializer.Serialize(Path.GetFileName(target))},\"attachments\":{files.Count},\"auditHead\":\"{anchor.Head}\"}}");
            await db.SaveChangesAsync(ct);
            return manifest;
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <summary>Replaces the database and the documents with the backup's, after checking the keys here are the backup's.</summary>
    public async Task<BackupManifest> RestoreAsync(string source, IProgress<string>? progress, CancellationToken ct)
    {
        using var zip = ZipFile.OpenRead(source);
        var manifest = ReadManifest(zip) ?? throw new InvalidOperationException($"{Path.GetFileName(source)} is not a Gonghui backup (no {ManifestEntry} of format {Format})");
        foreach (var (purpose, file) in new[] { (KeyFingerprint.PersonalData, keys.PersonalData), (KeyFingerprint.Audit, keys.Audit) })
        {
            KeyCheck.RequireMatch(file, purpose, file.TryLoad(), manifest.KeyFingerprints.GetValueOrDefault(purpose) ?? "", "the backup");
        }

        if (!string.Equals(manifest.Provider, options.Provider.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"the backup is of a {manifest.Provider} database; this one is {options.Provider}");
        }

        var staging = Path.Combine(folder.Root, $"restore-{Guid.NewGuid():N}.tmp");
        try
        {
            progress?.Report("database");
            zip.GetEntry(options.Provider == DatabaseProvider.Sqlite ? SqliteEntry : PostgresEntry)!.ExtractToFile(staging);
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = staging, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
                await using var to = new SqliteConnection(options.ResolveConnection());
                await from.OpenAsync(ct);
                await to.OpenAsync(ct);
                from.BackupDatabase(to);
                SqliteConnection.ClearAllPools();
            }
            else
            {
                await PgToolAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", staging], ct);
                NpgsqlConnection.ClearAllPools();
            }
        }
        finally
        {
            File.Delete(staging);
        }

        progress?.Report("documents");
        foreach (var file in manifest.Attachments)
        {
            var path = Path.Combine(folder.Attachments, Path.GetFileName(file.StoredAs));
            zip.GetEntry(AttachmentsPrefix + file.StoredAs)!.ExtractToFile(path, overwrite: true);
        }

        return manifest;
    }

    /// <summary>Every difference between what is here now and the manifest: counts by table, documents by hash; empty when whole.</summary>
    public async Task<List<string>> CompareAsync(BackupManifest manifest, CancellationToken ct)
    {
        var problems = new List<string>();
        var counts = await CountTablesAsync(ct);
        foreach (var (table, count) in manifest.Tables)
        {
            // The restore's own audit entry and anchor come after the backup's.
            var now = counts.GetValueOrDefault(table, -1);
            if (now != count && !(table == "audit_entries" && now >= count))
            {
                problems.Add($"{table}: {now} rows, the backup has {count}");
            }
        }

        foreach (var file in manifest.Attachments)
        {
            var path = Path.Combine(folder.Attachments, file.StoredAs);
            if (!File.Exists(path) || await HashAsync(path, ct) != file.Sha256)
            {
                problems.Add($"document {file.StoredAs} is missing or differs");
            }
        }

        return problems;
    }

    public static BackupManifest? ReadManifest(ZipArchive zip)
    {
        if (zip.GetEntry(ManifestEntry) is not { } entry)
        {
            return null;
        }

        using var stream = entry.Open();
        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(stream, Json) is { Format: Format } m ? m : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<Dictionary<string, long>> CountTablesAsync(CancellationToken ct)
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT count(*) FROM \"{table}\"";
                counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return counts;
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }

    private async Task PgToolAsync(string tool, string[] args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(options.ResolveConnection());
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The password travels in the environment, never on the command line.
        start.ArgumentList.Add($"--dbname={cs.Database}");
        start.Environment["PGHOST"] = cs.Host;
        start.Environment["PGPORT"] = cs.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = cs.Username;
        if (cs.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} was not found: install Debian's postgresql-client");
        }

        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {stderr.Trim().ReplaceLineEndings(" ")}");
        }
    }
}
