using System.Data.Common;
using Gonghui.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gonghui.Tests.Features;

/// <summary>The executable's verbs on a database of their own: migrate, seed, admin, audit verify, backup and restore.</summary>
public abstract partial class CliTests(Provider provider) : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(provider);
        var migrated = await GonghuiProcess.RunAsync(db, null, "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Stderr);
        var seeded = await GonghuiProcess.RunAsync(db, null, "seed", "demo");
        Assert.True(seeded.ExitCode == 0, seeded.Stderr);
        Assert.Contains("demo district seeded", seeded.Stdout, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private DbConnection Connect() => provider == Provider.Sqlite ? new SqliteConnection(db.Connection) : new NpgsqlConnection(db.Connection);

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Options_before_the_verb_run_that_verb_not_the_server()
    {
        var verified = await GonghuiProcess.RunAsync(null, null, "--database", db.ProviderArgument, "--connection", db.Connection, "--data", db.DataFolder, "audit", "verify");
        Assert.True(verified.ExitCode == 0, verified.Stderr);
        Assert.Contains("audit chain intact", verified.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creates_a_user_with_the_password_from_standard_input_and_prints_a_token()
    {
        var created = await GonghuiProcess.RunAsync(db, "Cli#Password2026", "admin", "create-user", "cli-staff", "--role", "union-staff", "--union", "CY-GX");
        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM \"AspNetUsers\" WHERE \"UserName\" = 'cli-staff'"));

        var token = await GonghuiProcess.RunAsync(db, null, "admin", "create-token", "cli-staff");
        Assert.Equal(0, token.ExitCode);
        Assert.StartsWith("gh_", token.Stdout.Trim(), StringComparison.Ordinal);
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM api_tokens"));
    }

    [Fact]
    public async Task Adds_and_moves_unions_in_the_tree()
    {
        var created = await GonghuiProcess.RunAsync(db, null, "admin", "create-union", "CY-GX-900", "--name", "命令行测试工会", "--kind", "grassroots-union", "--parent", "CY-GX", "--chair", "王伟");
        Assert.True(created.ExitCode == 0, created.Stderr);
        await GonghuiProcess.RunAsync(db, null, "admin", "create-union", "CY-GX-901", "--name", "命令行分会", "--kind", "grassroots-union", "--parent", "CY-GX-900");

        var moved = await GonghuiProcess.RunAsync(db, null, "admin", "move-union", "CY-GX-900", "--parent", "CY-A02");
        Assert.True(moved.ExitCode == 0, moved.Stderr);
        var areaPath = $"/{await ScalarAsync("SELECT \"ParentId\" FROM unions WHERE \"Code\" = 'CY-A02'")}/{await ScalarAsync("SELECT \"Id\" FROM unions WHERE \"Code\" = 'CY-A02'")}/";
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM unions WHERE \"Code\" = 'CY-GX-901' AND \"Path\" LIKE '{areaPath}%' AND \"Depth\" = 3"));

        var wrongKind = await GonghuiProcess.RunAsync(db, null, "admin", "create-union", "CY-X", "--name", "错误", "--kind", "area-federation", "--parent", "CY-GX");
        Assert.Equal(1, wrongKind.ExitCode);
        Assert.Contains("上级", wrongKind.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_exit_2_and_failures_exit_1_with_one_line()
    {
        var usage = await GonghuiProcess.RunAsync(db, "x", "admin", "create-user", "someone", "--role", "emperor");
        Assert.Equal(2, usage.ExitCode);

        var weak = await GonghuiProcess.RunAsync(db, "short", "admin", "create-user", "someone", "--role", "auditor");
        Assert.Equal(1, weak.ExitCode);
        Assert.Single(weak.Stderr.Trim().Split('\n'));
        Assert.Contains("10", weak.Stderr, StringComparison.Ordinal);

        var noUnion = await GonghuiProcess.RunAsync(db, "Cli#Password2026", "admin", "create-user", "someone", "--role", "union-staff", "--union", "NOPE");
        Assert.Equal(1, noUnion.ExitCode);
        Assert.Contains("NOPE", noUnion.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, (await GonghuiProcess.RunAsync(null, null, "admin", "--help")).ExitCode);
    }

    [Fact]
    public async Task The_audit_log_refuses_changes_and_verify_finds_a_tampered_entry()
    {
        var intact = await GonghuiProcess.RunAsync(db, null, "audit", "verify");
        Assert.True(intact.ExitCode == 0, intact.Stderr);
        Assert.Contains("intact", intact.Stdout, StringComparison.Ordinal);

        var victim = await ScalarAsync("SELECT max(\"Id\") / 2 FROM audit_entries");
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync($"UPDATE audit_entries SET \"After\" = '{{}}' WHERE \"Id\" = {victim}"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync($"DELETE FROM audit_entries WHERE \"Id\" = {victim}"));

        // Someone with the database's own keys gets past the trigger: the chain still shows it.
        await ExecuteAsync(provider == Provider.Sqlite
            ? $"DROP TRIGGER audit_entries_no_update; UPDATE audit_entries SET \"ActorName\" = 'nobody' WHERE \"Id\" = {victim}"
            : $"ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change; UPDATE audit_entries SET \"ActorName\" = 'nobody' WHERE \"Id\" = {victim}");
        var broken = await GonghuiProcess.RunAsync(db, null, "audit", "verify");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"broken at entry {victim}", broken.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_finds_a_recomputed_chain_a_removed_tail_and_an_appended_forgery()
    {
        var anchored = await GonghuiProcess.RunAsync(db, null, "audit", "anchor");
        Assert.True(anchored.ExitCode == 0, anchored.Stderr);
        var intact = await GonghuiProcess.RunAsync(db, null, "audit", "verify");
        Assert.True(intact.ExitCode == 0, intact.Stderr);
        Assert.Contains("last anchor", intact.Stdout, StringComparison.Ordinal);
        var lift = provider == Provider.Sqlite ? "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;" : "ALTER TABLE audit_entries DISABLE TRIGGER USER;";
        await ExecuteAsync(lift);
        var last = await ScalarAsync("SELECT max(\"Id\") FROM audit_entries");

        // An appended forgery, linked to the head as the unkeyed chain would link it.
        await ExecuteAsync($"INSERT INTO audit_entries (\"Id\", \"At\", \"ActorName\", \"Action\", \"EntityType\", \"PreviousHash\", \"Hash\") "
            + $"SELECT {last + 1}, \"At\", 'nobody', 'create', 'Union', \"Hash\", '{new string('a', 64)}' FROM audit_entries WHERE \"Id\" = {last}");
        var forged = await GonghuiProcess.RunAsync(db, null, "audit", "verify");
        Assert.Equal(1, forged.ExitCode);
        Assert.Contains($"broken at entry {last + 1}", forged.Stderr, StringComparison.Ordinal);

        // The tail removed, the forgery with it: every link holds, but the anchor's head is gone.
        await ExecuteAsync($"DELETE FROM audit_entries WHERE \"Id\" >= {last - 2}");
        var cut = await GonghuiProcess.RunAsync(db, null, "audit", "verify");
        Assert.Equal(1, cut.ExitCode);
        Assert.Contains("removed", cut.Stderr, StringComparison.Ordinal);

        // A chain recomputed after an edit by someone without the key: a plain SHA-256 no longer holds.
        await ExecuteAsync($"UPDATE audit_entries SET \"Hash\" = '{new string('b', 64)}' WHERE \"Id\" = 1");
        var recomputed = await GonghuiProcess.RunAsync(db, null, "audit", "verify");
        Assert.Equal(1, recomputed.ExitCode);
        Assert.Contains("broken at entry 1", recomputed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_chained_before_the_audit_key_is_checked_and_keyed_at_the_next_start()
    {
        // As a database of the previous version has it: no audit key, every link a plain SHA-256.
        File.Delete(Path.Combine(db.DataFolder, "keys", "audit.key"));
        await ExecuteAsync("DELETE FROM key_fingerprints WHERE \"Purpose\" = 'audit'");
        await ExecuteAsync(provider == Provider.Sqlite ? "DROP TRIGGER audit_entries_no_update" : "ALTER TABLE audit_entries DISABLE TRIGGER USER");
        var entries = new List<Gonghui.Infrastructure.Audit.AuditEntry>();
        await using (var connection = Connect())
        {
            await connection.OpenAsync();
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT \"Id\", \"At\", \"ActorId\", \"ActorName\", \"IpAddress\", \"Action\", \"EntityType\", \"EntityId\", \"UnionId\", \"Before\", \"After\" FROM audit_entries ORDER BY \"Id\"";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                entries.Add(new()
                {
                    Id = reader.GetInt64(0), At = DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc), ActorId = reader.IsDBNull(2) ? null : reader.GetString(2),
                    ActorName = reader.GetString(3), IpAddress = reader.IsDBNull(4) ? null : reader.GetString(4), Action = reader.GetString(5), EntityType = reader.GetString(6),
                    EntityId = reader.IsDBNull(7) ? null : reader.GetString(7), UnionId = reader.IsDBNull(8) ? null : reader.GetInt64(8),
                    Before = reader.IsDBNull(9) ? null : reader.GetString(9), After = reader.IsDBNull(10) ? null : reader.GetString(10),
                });
            }
        }

        var previous = Gonghui.Infrastructure.Audit.AuditChain.Genesis;
        foreach (var e in entries)
        {
            e.PreviousHash = previous;
            e.Hash = Gonghui.Infrastructure.Audit.AuditChain.ComputeUnkeyed(e);
            previous = e.Hash;
            await ExecuteAsync($"UPDATE audit_entries SET \"PreviousHash\" = '{e.PreviousHash}', \"Hash\" = '{e.Hash}' WHERE \"Id\" = {e.Id}");
        }

        await ExecuteAsync(provider == Provider.Sqlite
            ? "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;"
            : "ALTER TABLE audit_entries ENABLE TRIGGER USER");

        var verified = await GonghuiProcess.RunAsync(db, null, "audit", "verify");
        Assert.True(verified.ExitCode == 0, verified.Stderr);
        Assert.Contains("intact", verified.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(db.DataFolder, "keys", "audit.key")));
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM key_fingerprints WHERE \"Purpose\" = 'audit'"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("UPDATE audit_entries SET \"ActorName\" = 'x' WHERE \"Id\" = 1"));
    }

    [Fact]
    public async Task Backup_and_restore_bring_the_database_back()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gonghui-backup-{Guid.NewGuid():N}.bak");
        try
        {
            var backup = await GonghuiProcess.RunAsync(db, null, "backup", file);
            Assert.True(backup.ExitCode == 0, backup.Stderr);
            var before = await ScalarAsync("SELECT count(*) FROM unions");

            await GonghuiProcess.RunAsync(db, "Cli#Password2026", "admin", "create-user", "after-backup", "--role", "auditor");
            await ExecuteAsync("UPDATE unions SET \"Name\" = 'changed' WHERE \"Code\" = 'CY-GX'");

            var restore = await GonghuiProcess.RunAsync(db, null, "restore", file);
            Assert.True(restore.ExitCode == 0, restore.Stderr);
            Assert.Equal(before, await ScalarAsync("SELECT count(*) FROM unions"));
            Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM \"AspNetUsers\" WHERE \"UserName\" = 'after-backup'"));
            Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM unions WHERE \"Name\" = 'changed'"));
            Assert.Equal(0, (await GonghuiProcess.RunAsync(db, null, "audit", "verify")).ExitCode);

            var missing = await GonghuiProcess.RunAsync(db, null, "restore", file + ".missing");
            Assert.Equal(1, missing.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>Whole backups: the database, its documents and a manifest in one archive, restored into an empty folder on another database.</summary>
public abstract partial class CliTests
{
    private static async Task<Dictionary<string, long>> TableCountsAsync(TestDatabase database)
    {
        await using DbConnection connection = database.Provider == Provider.Sqlite ? new SqliteConnection(database.Connection) : new NpgsqlConnection(database.Connection);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = database.Provider == Provider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    [Fact]
    public async Task A_backup_with_documents_restores_whole_into_an_empty_folder_and_refuses_another_key()
    {
        // A document as an upload leaves it: its bytes in the data folder, its row in the database.
        var bytes = "备份测试文件"u8.ToArray();
        var storedAs = $"{Guid.NewGuid():N}.txt";
        Directory.CreateDirectory(Path.Combine(db.DataFolder, "attachments"));
        await File.WriteAllBytesAsync(Path.Combine(db.DataFolder, "attachments", storedAs), bytes);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        await ExecuteAsync("INSERT INTO attachments (\"OwnerType\", \"OwnerId\", \"Label\", \"FileName\", \"ContentType\", \"Size\", \"Sha256\", \"StoredAs\", \"UploadedBy\", \"UploadedAt\") "
            + $"VALUES ('joint-meeting', 1, 'minutes', '纪要.txt', 'text/plain', {bytes.Length}, '{sha}', '{storedAs}', 'test', '2026-11-30 08:00:00')");
        var archive = Path.Combine(Path.GetTempPath(), $"gonghui-backup-{Guid.NewGuid():N}.zip");
        await using var empty = await TestDatabase.CreateAsync(provider);
        await using var stranger = await TestDatabase.CreateAsync(provider);
        try
        {
            var backup = await GonghuiProcess.RunAsync(db, null, "backup", archive);
            Assert.True(backup.ExitCode == 0, backup.Stderr);
            Assert.Contains("keys are not in it", backup.Stdout, StringComparison.Ordinal);
            using (var zip = System.IO.Compression.ZipFile.OpenRead(archive))
            {
                Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("key", StringComparison.OrdinalIgnoreCase));
                Assert.Contains(zip.Entries, e => e.FullName == "manifest.json");
            }

            // The operator brings the keys, kept apart, to the new folder.
            Directory.CreateDirectory(Path.Combine(empty.DataFolder, "keys"));
            File.Copy(Path.Combine(db.DataFolder, "keys", "audit.key"), Path.Combine(empty.DataFolder, "keys", "audit.key"));
            var restored = await GonghuiProcess.RunAsync(empty, null, "restore", archive);
            Assert.True(restored.ExitCode == 0, restored.Stderr);

            var before = await TableCountsAsync(db);
            var after = await TableCountsAsync(empty);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            foreach (var (table, count) in before.Where(t => t.Key != "audit_entries"))
            {
                Assert.True(count == after[table], $"{table}: {count} before, {after[table]} restored");
            }

            Assert.True(after["audit_entries"] >= before["audit_entries"]);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(empty.DataFolder, "attachments", storedAs)));
            var verified = await GonghuiProcess.RunAsync(empty, null, "audit", "verify");
            Assert.True(verified.ExitCode == 0, verified.Stderr);

            // Another audit key (a folder of its own, its first start): the restore is refused and writes nothing.
            Assert.Equal(0, (await GonghuiProcess.RunAsync(stranger, null, "migrate")).ExitCode);
            var tables = await TableCountsAsync(stranger);
            var refused = await GonghuiProcess.RunAsync(stranger, null, "restore", archive);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("fingerprint", refused.Stderr, StringComparison.Ordinal);
            Assert.Equal(tables, await TableCountsAsync(stranger));
        }
        finally
        {
            File.Delete(archive);
        }
    }
}

public sealed class CliTestsOnSqlite() : CliTests(Provider.Sqlite);

public sealed class CliTestsOnPostgres() : CliTests(Provider.Postgres);
