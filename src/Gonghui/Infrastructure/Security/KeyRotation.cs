using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// Re-seals and re-hashes every sealed column of the model (<see cref="SealedAttribute"/>: members, certificates and any
/// later module's) under a new personal-data key, in batches of their own transactions. The new key waits beside the
/// old as <c>personal-data.key.next</c> until every value opens with it; then the database's fingerprint changes and the
/// new key takes the old one's place. Killed at any point, the next run goes on where it stopped: a value that already
/// opens with the new key is left as it is.
/// </summary>
public sealed class KeyRotation(Data.GonghuiDbContext db, Keys keys, KeyCheck check)
{
    public const int BatchSize = 2_000;

    public static string NextFile(KeyFile file) => file.FilePath + ".next";

    public sealed record Result(string OldFingerprint, string NewFingerprint, long Resealed, long AlreadyNew);

    public async Task<Result> RunAsync(IProgress<string>? progress, CancellationToken ct)
    {
        var file = keys.PersonalData;
        if (file.Source != file.FilePath)
        {
            throw new KeyCheckException($"the personal-data key is given in configuration ({file.Source}): rotating writes a new key file, so keep the key in {file.FilePath} instead");
        }

        var oldKey = file.Load();
        var next = NextFile(file);
        if (!File.Exists(next))
        {
            KeyFile.Write(next, RandomNumberGenerator.GetBytes(file.Length));
        }

        var newKey = KeyFile.Parse(File.ReadAllText(next), next, file.Length);
        var from = new PersonalDataProtector(oldKey);
        var to = new PersonalDataProtector(newKey);
        long resealed = 0, alreadyNew = 0;
        foreach (var column in KeyCheck.SealedColumns(db))
        {
            var (done, skipped) = await RotateColumnAsync(column, from, to, progress, ct);
            resealed += done;
            alreadyNew += skipped;
        }

        var oldFingerprint = KeyFingerprint.Of(oldKey, KeyFingerprint.PersonalData);
        var newFingerprint = KeyFingerprint.Of(newKey, KeyFingerprint.PersonalData);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await check.ReplaceAsync(KeyFingerprint.PersonalData, newFingerprint, ct);
            db.RecordEvent("key-rotate", nameof(KeyFingerprint), KeyFingerprint.PersonalData,
                $"{{\"from\":\"{oldFingerprint}\",\"to\":\"{newFingerprint}\",\"resealed\":{resealed}}}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        // From here the database expects the new key; KeyCheck finishes this step if a kill comes first.
        File.Move(next, file.FilePath, overwrite: true);
        return new Result(oldFingerprint, newFingerprint, resealed, alreadyNew);
    }

    private async Task<(long Resealed, long AlreadyNew)> RotateColumnAsync(SealedColumn column, PersonalDataProtector from, PersonalDataProtector to, IProgress<string>? progress, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            long total;
            await using (var count = connection.CreateCommand())
            {
                count.CommandText = $"SELECT count(*) FROM \"{column.Table}\" WHERE \"{column.Sealed}\" IS NOT NULL AND \"{column.Sealed}\" <> ''";
                total = Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }

            long last = long.MinValue, resealed = 0, alreadyNew = 0;
            while (true)
            {
                var batch = new List<(long Key, string Sealed)>(BatchSize);
                await using (var read = connection.CreateCommand())
                {
                    read.CommandText = $"SELECT \"{column.Key}\", \"{column.Sealed}\" FROM \"{column.Table}\" WHERE \"{column.Key}\" > @last AND \"{column.Sealed}\" IS NOT NULL AND \"{column.Sealed}\" <> '' ORDER BY \"{column.Key}\" LIMIT {BatchSize}";
                    read.Bind("last", last);
                    await using var reader = await read.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        batch.Add((reader.GetInt64(0), reader.GetString(1)));
                    }
                }

                if (batch.Count == 0)
                {
                    return (resealed, alreadyNew);
                }

                await using (var tx = await connection.BeginTransactionAsync(ct))
                await using (var write = connection.CreateCommand())
                {
                    write.Transaction = tx;
                    write.CommandText = $"UPDATE \"{column.Table}\" SET \"{column.Sealed}\" = @sealed, \"{column.Hash}\" = @hash WHERE \"{column.Key}\" = @key";
                    var sealedValue = write.Bind("sealed", "");
                    var hash = write.Bind("hash", "");
                    var key = write.Bind("key", 0L);
                    await write.PrepareAsync(ct);
                    foreach (var (id, value) in batch)
                    {
                        string plain;
                        try
                        {
                            plain = from.Decrypt(value);
                        }
                        catch (CryptographicException)
                        {
                            // Sealed with the new key by a run that was stopped: a value neither key opens is not skipped.
                            to.Decrypt(value);
                            alreadyNew++;
                            continue;
                        }

                        sealedValue.Value = to.Encrypt(plain);
                        hash.Value = to.Hash(plain);
                        key.Value = id;
                        await write.ExecuteNonQueryAsync(ct);
                        resealed++;
                    }

                    await tx.CommitAsync(ct);
                }

                last = batch[^1].Key;
                progress?.Report($"{column.Table}.{column.Sealed}: {resealed + alreadyNew:N0} / {total:N0}");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

}
