using System.Data.Common;
using Gonghui.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gonghui.Tests.Features;

/// <summary>The executable's verbs on a database of their own: migrate, seed, admin, audit verify, backup and restore.</summary>
public abstract class CliTests(Provider provider) : IAsyncLifetime
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

public sealed class CliTestsOnSqlite() : CliTests(Provider.Sqlite);

public sealed class CliTestsOnPostgres() : CliTests(Provider.Postgres);
