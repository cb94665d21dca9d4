using System.Data.Common;
using System.Text;
using Gonghui.Infrastructure.Security;
using Gonghui.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gonghui.Tests.Features;

/// <summary>One key per database: every verb uses the database's key or refuses and writes nothing; the key rotates whole.</summary>
public abstract class KeyTests(Provider provider) : IAsyncLifetime
{
    /// <summary>The key from the data folder's file, as an operator's deployment has it (not the tests' configured key).</summary>
    private static readonly Dictionary<string, string?> KeyFromFile = new() { ["GONGHUI_PersonalData__Key"] = null };

    private TestDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(provider);
        var seeded = await GonghuiProcess.RunWithAsync(db, KeyFromFile, null, "seed", "demo", "--members", "120");
        Assert.True(seeded.ExitCode == 0, seeded.Stderr);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private string KeyPath => Path.Combine(db.DataFolder, "keys", "personal-data.key");

    private DbConnection Connect() => provider == Provider.Sqlite ? new SqliteConnection(db.Connection) : new NpgsqlConnection(db.Connection);

    private async Task<List<(long Id, string Cipher, string Hash)>> MembersAsync()
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\", \"IdNumberCipher\", \"IdNumberHash\" FROM members ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<(long, string, string)>();
        while (await reader.ReadAsync())
        {
            list.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return list;
    }

    [Fact]
    public async Task The_first_start_makes_an_owner_only_key_and_the_database_records_its_fingerprint()
    {
        Assert.True(File.Exists(KeyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(KeyPath)!));
        }

        if (!OperatingSystem.IsWindows())
        {
            // Everything the verbs made is the owner's only: the database and its log, the folders, the keys.
            var made = Directory.EnumerateFileSystemEntries(db.DataFolder, "*", SearchOption.AllDirectories).ToList();
            if (provider == Provider.Sqlite)
            {
                made.AddRange(new[] { db.Name, db.Name + "-wal" }.Where(File.Exists));
            }

            Assert.Contains(made, m => m.EndsWith("audit.key", StringComparison.Ordinal));
            foreach (var m in made)
            {
                Assert.True((File.GetUnixFileMode(m) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) == 0, $"{m} is {File.GetUnixFileMode(m)}");
            }
        }

        var printed = await GonghuiProcess.RunWithAsync(db, KeyFromFile, null, "key", "fingerprint");
        Assert.True(printed.ExitCode == 0, printed.Stderr);
        var key = Convert.FromBase64String(await File.ReadAllTextAsync(KeyPath));
        Assert.Contains(KeyFingerprint.Of(key, KeyFingerprint.PersonalData), printed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(key), printed.Stdout + printed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verb_with_another_key_or_none_refuses_and_writes_nothing()
    {
        var before = await MembersAsync();
        var roster = Rosters.WriteCsv(Rosters.Members(5, new Random(7)), Encoding.UTF8);
        try
        {
            var otherKey = new Dictionary<string, string?> { ["GONGHUI_PersonalData__Key"] = TestDatabase.PersonalDataKey };
            var wrong = await GonghuiProcess.RunWithAsync(db, otherKey, null, "import", "members", roster, "--union", "CY-GX");
            Assert.Equal(1, wrong.ExitCode);
            Assert.Contains("fingerprint", wrong.Stderr, StringComparison.Ordinal);
            Assert.Contains("PersonalData:Key", wrong.Stderr, StringComparison.Ordinal);
            Assert.Single(wrong.Stderr.Trim().Split('\n'));

            // The operator's home folder: the database named, the data folder not, and no key there.
            var elsewhere = Directory.CreateTempSubdirectory("gonghui-home-").FullName;
            var noKey = await GonghuiProcess.RunWithAsync(db, new Dictionary<string, string?>(KeyFromFile) { ["GONGHUI_Data__Folder"] = elsewhere }, null, "import", "members", roster, "--union", "CY-GX");
            Assert.Equal(1, noKey.ExitCode);
            Assert.Contains("missing", noKey.Stderr, StringComparison.Ordinal);
            Assert.Contains(elsewhere, noKey.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(elsewhere, "keys", "personal-data.key")), "no second key is made for a database that has one");
            Directory.Delete(elsewhere, recursive: true);

            Assert.Equal(before, await MembersAsync());
            var right = await GonghuiProcess.RunWithAsync(db, KeyFromFile, null, "import", "members", roster, "--union", "CY-GX");
            Assert.True(right.ExitCode == 0, right.Stderr);
            Assert.Equal(before.Count + 5, (await MembersAsync()).Count);
        }
        finally
        {
            File.Delete(roster);
        }
    }

    [Fact]
    public async Task Rotation_reseals_every_value_and_goes_on_after_a_stop()
    {
        var before = await MembersAsync();
        var oldKey = new PersonalDataProtector(Convert.FromBase64String(await File.ReadAllTextAsync(KeyPath)));
        var plain = before.ToDictionary(m => m.Id, m => oldKey.Decrypt(m.Cipher));

        // A run stopped half-way: the waiting key sealed the first half of the members.
        var nextKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(PersonalDataProtector.KeyLength);
        await File.WriteAllTextAsync(KeyPath + ".next", Convert.ToBase64String(nextKey));
        var next = new PersonalDataProtector(nextKey);
        await using (var connection = Connect())
        {
            await connection.OpenAsync();
            foreach (var m in before.Take(before.Count / 2))
            {
                await using var update = connection.CreateCommand();
                update.CommandText = $"UPDATE members SET \"IdNumberCipher\" = '{next.Encrypt(plain[m.Id])}', \"IdNumberHash\" = '{next.Hash(plain[m.Id])}' WHERE \"Id\" = {m.Id}";
                await update.ExecuteNonQueryAsync();
            }
        }

        var rotated = await GonghuiProcess.RunWithAsync(db, KeyFromFile, null, "key", "rotate");
        Assert.True(rotated.ExitCode == 0, rotated.Stderr);
        Assert.Contains($"already under the new key", rotated.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(KeyPath + ".next"));
        Assert.Equal(nextKey, Convert.FromBase64String(await File.ReadAllTextAsync(KeyPath)));

        var after = await MembersAsync();
        Assert.Equal(before.Count, after.Count);
        foreach (var m in after)
        {
            Assert.Equal(plain[m.Id], next.Decrypt(m.Cipher));
            Assert.Equal(next.Hash(plain[m.Id]), m.Hash);
        }

        var printed = await GonghuiProcess.RunWithAsync(db, KeyFromFile, null, "key", "fingerprint");
        Assert.Contains(KeyFingerprint.Of(nextKey, KeyFingerprint.PersonalData), printed.Stdout, StringComparison.Ordinal);
        var verified = await GonghuiProcess.RunWithAsync(db, KeyFromFile, null, "audit", "verify");
        Assert.True(verified.ExitCode == 0, verified.Stderr);
    }
}

public sealed class KeyTestsOnSqlite() : KeyTests(Provider.Sqlite);

public sealed class KeyTestsOnPostgres() : KeyTests(Provider.Postgres);
