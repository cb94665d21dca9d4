using System.Data.Common;
using System.Security.Cryptography;
using System.Reflection;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// One key per database. Compares the key a verb found with the fingerprint the database recorded, before anything
/// sealed is read or written: a missing or different key stops the verb with one line naming where it looked and what
/// it expected. A key is generated only for a database with nothing sealed yet; a database sealed before fingerprints
/// were kept records the key that opens its data.
/// </summary>
public sealed class KeyCheck(GonghuiDbContext db, Keys keys, Audit.AuditChain chain)
{
    /// <summary>
    /// The audit key, checked first: every write after it appends audit entries linked with it. A database whose chain was
    /// made before the key existed gets one, and its chain is checked as it was made and linked again under the key.
    /// </summary>
    public async Task EnsureAuditKeyAsync(CancellationToken ct)
    {
        var file = keys.Audit;
        var recorded = await RecordedAsync(KeyFingerprint.Audit, ct);
        var key = file.TryLoad();
        if (recorded is not null)
        {
            RequireMatch(file, KeyFingerprint.Audit, key, recorded, "this database");
            return;
        }

        key ??= file.Generate();
        if (await db.AuditEntries.AnyAsync(ct))
        {
            await Audit.AuditRelink.RunAsync(db, chain, ct);
        }

        await RecordAsync(KeyFingerprint.Audit, KeyFingerprint.Of(key, KeyFingerprint.Audit), ct);
        await EnsureAuditKeyAsync(ct);
    }

    public async Task EnsurePersonalDataKeyAsync(CancellationToken ct)
    {
        var file = keys.PersonalData;
        var recorded = await RecordedAsync(KeyFingerprint.PersonalData, ct);
        var key = file.TryLoad();
        if (recorded is not null)
        {
            if (key is null || KeyFingerprint.Of(key, KeyFingerprint.PersonalData) == recorded || !FinishRotation(file, recorded))
            {
                RequireMatch(file, KeyFingerprint.PersonalData, key, recorded, "this database");
            }

            return;
        }

        var sample = await SealedSampleAsync(ct);
        if (sample is not null)
        {
            if (key is null)
            {
                throw new KeyCheckException($"the personal-data key is missing: looked for {file.Source}; this database holds personal data sealed with a key");
            }

            try
            {
                new PersonalDataProtector(key).Decrypt(sample);
            }
            catch (CryptographicException)
            {
                throw new KeyCheckException($"the personal-data key at {file.Source} does not open this database's sealed data; nothing was written");
            }
        }

        key ??= file.Generate();
        await RecordAsync(KeyFingerprint.PersonalData, KeyFingerprint.Of(key, KeyFingerprint.PersonalData), ct);
        await EnsurePersonalDataKeyAsync(ct); // another process may have recorded a key first: compare with what stands
    }

    /// <summary>Stops the verb unless the key found is the one whose fingerprint <paramref name="whose"/> records.</summary>
    public static void RequireMatch(KeyFile file, string purpose, byte[]? key, string expected, string whose)
    {
        if (key is null)
        {
            throw new KeyCheckException($"the {purpose} key is missing: looked for {file.Source}; {whose} needs the key of fingerprint {expected}; nothing was written");
        }

        if (KeyFingerprint.Of(key, purpose) is var found && found != expected)
        {
            throw new KeyCheckException($"the {purpose} key at {file.Source} (fingerprint {found}) is not {whose}'s (fingerprint {expected}); nothing was written");
        }
    }

    /// <summary>
    /// A rotation stopped after the database took the new key and before the new key file took the old one's place: the
    /// waiting key is the database's, so it moves in now.
    /// </summary>
    private static bool FinishRotation(KeyFile file, string recorded)
    {
        var next = KeyRotation.NextFile(file);
        if (file.Source != file.FilePath || !File.Exists(next)
            || KeyFingerprint.Of(KeyFile.Parse(File.ReadAllText(next), next, file.Length), KeyFingerprint.PersonalData) != recorded)
        {
            return false;
        }

        File.Move(next, file.FilePath, overwrite: true);
        return true;
    }

    /// <summary>The fingerprint the database recorded for a key, if any.</summary>
    public Task<string?> RecordedAsync(string purpose, CancellationToken ct) =>
        db.Set<KeyFingerprint>().AsNoTracking().Where(k => k.Purpose == purpose).Select(k => k.Fingerprint).FirstOrDefaultAsync(ct);

    /// <summary>Records a fingerprint unless one is there; the first to record wins, the caller compares again.</summary>
    public async Task RecordAsync(string purpose, string fingerprint, CancellationToken ct)
    {
        db.Add(new KeyFingerprint { Purpose = purpose, Fingerprint = fingerprint, RecordedAt = DateTime.UtcNow });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Replaces the recorded fingerprint (a key rotation's last step, in its transaction).</summary>
    public Task ReplaceAsync(string purpose, string fingerprint, CancellationToken ct) =>
        db.Set<KeyFingerprint>().Where(k => k.Purpose == purpose)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.Fingerprint, fingerprint).SetProperty(k => k.RecordedAt, DateTime.UtcNow), ct);

    /// <summary>The sealed columns of every module, as the model declares them (<see cref="SealedAttribute"/>).</summary>
    public static IEnumerable<SealedColumn> SealedColumns(GonghuiDbContext db) =>
        from type in db.Model.GetEntityTypes()
        let table = type.GetTableName()
        where table is not null
        from property in type.GetProperties()
        let sealedBy = property.PropertyInfo?.GetCustomAttribute<SealedAttribute>()
        where sealedBy is not null
        let key = type.FindPrimaryKey()!.Properties.Single()
        select new SealedColumn(table, key.GetColumnName(), property.GetColumnName(), type.FindProperty(sealedBy.HashProperty)!.GetColumnName());

    private async Task<string?> SealedSampleAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var column in SealedColumns(db))
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = $"SELECT \"{column.Sealed}\" FROM \"{column.Table}\" WHERE \"{column.Sealed}\" IS NOT NULL AND \"{column.Sealed}\" <> '' LIMIT 1";
                if (await command.ExecuteScalarAsync(ct) is string value)
                {
                    return value;
                }
            }

            return null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>A sealed column: its table, the table's key, and the column holding its keyed hash.</summary>
public sealed record SealedColumn(string Table, string Key, string Sealed, string Hash);
