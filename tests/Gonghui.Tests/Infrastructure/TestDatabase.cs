using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gonghui.Tests.Infrastructure;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>A real, empty database for one test fixture: a temporary SQLite file, or a fresh database on the test PostgreSQL server.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "GONGHUI_TEST_POSTGRES";

    /// <summary>The personal-data key of every test host and process, so each can open what another sealed.</summary>
    public static readonly string PersonalDataKey = Convert.ToBase64String(Enumerable.Range(1, 64).Select(i => (byte)(i * 7)).ToArray());

    private TestDatabase(Provider provider, string connection, string name)
    {
        Provider = provider;
        Connection = connection;
        Name = name;
        Directory.CreateDirectory(DataFolder);
    }

    /// <summary>The database's data folder (keys, staged imports, documents, audit anchors), its own for each database.</summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"gonghui-data-{Guid.NewGuid():N}");

    public Provider Provider { get; }

    public string Connection { get; }

    /// <summary>The SQLite file's path, or the PostgreSQL database's name.</summary>
    public string Name { get; }

    public string ProviderArgument => Provider == Provider.Sqlite ? "sqlite" : "postgres";

    public static async Task<TestDatabase> CreateAsync(Provider provider)
    {
        if (provider == Provider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"gonghui-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file}", file);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run ./test.sh, which starts a throwaway PostgreSQL for the tests");
        var name = $"gonghui_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new TestDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), name);
    }

    /// <summary>A SQLite database's bytes as they lie on disk, the main file and its write-ahead log.</summary>
    public async Task<byte[]> ReadSqliteFilesAsync()
    {
        using var all = new MemoryStream();
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(Name + suffix))
            {
                await using var file = new FileStream(Name + suffix, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                await file.CopyToAsync(all);
            }
        }

        return all.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }

        if (Provider == Provider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Name + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Database = "postgres" }.ToString());
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
