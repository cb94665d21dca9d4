using System.Data.Common;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Audit;

/// <summary>
/// Keys a chain made before the audit key existed: checks it link by link as it was made (plain SHA-256), then links it
/// again under the key, in one transaction with the tables' no-change triggers lifted for it alone. A chain that does
/// not hold as it was made is left untouched and the verb stops: it must be looked into, not sealed over.
/// </summary>
internal static class AuditRelink
{
    private const int Batch = 5_000;

    public static async Task<long> RunAsync(GonghuiDbContext db, AuditChain chain, CancellationToken ct)
    {
        var previous = AuditChain.Genesis;
        long lastId = 0, count = 0;
        while (await db.AuditEntries.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } batch)
        {
            if (AuditChain.FirstBroken(batch, ref previous, AuditChain.ComputeUnkeyed) is long broken)
            {
                throw new KeyCheckException($"the audit log does not hold at entry {broken} as it was written before it was keyed; it was left as it is: look into it (gonghui audit verify) before keying it");
            }

            lastId = batch[^1].Id;
            count += batch.Count;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var triggers = await LiftTriggersAsync(connection, tx, db.Database.IsNpgsql(), ct);
            await using (var update = connection.CreateCommand())
            {
                update.Transaction = tx;
                update.CommandText = "UPDATE audit_entries SET \"PreviousHash\" = @previous, \"Hash\" = @hash WHERE \"Id\" = @id";
                var p = update.Bind("previous", "");
                var h = update.Bind("hash", "");
                var id = update.Bind("id", 0L);
                previous = AuditChain.Genesis;
                lastId = 0;
                while (await db.AuditEntries.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } batch)
                {
                    foreach (var e in batch)
                    {
                        e.PreviousHash = previous;
                        e.Hash = chain.Compute(e);
                        (p.Value, h.Value, id.Value) = (e.PreviousHash, e.Hash, e.Id);
                        await update.ExecuteNonQueryAsync(ct);
                        previous = e.Hash;
                    }

                    lastId = batch[^1].Id;
                }
            }

            await RestoreTriggersAsync(connection, tx, db.Database.IsNpgsql(), triggers, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return count;
    }

    /// <summary>SQLite drops them (keeping their definitions to make them again); PostgreSQL disables them in the transaction.</summary>
    private static async Task<List<string>> LiftTriggersAsync(DbConnection connection, DbTransaction tx, bool postgres, CancellationToken ct)
    {
        var definitions = new List<string>();
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        if (postgres)
        {
            command.CommandText = "ALTER TABLE audit_entries DISABLE TRIGGER USER";
            await command.ExecuteNonQueryAsync(ct);
            return definitions;
        }

        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entries'";
        var names = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                names.Add(reader.GetString(0));
                definitions.Add(reader.GetString(1));
            }
        }

        foreach (var name in names)
        {
            command.CommandText = $"DROP TRIGGER \"{name}\"";
            await command.ExecuteNonQueryAsync(ct);
        }

        return definitions;
    }

    private static async Task RestoreTriggersAsync(DbConnection connection, DbTransaction tx, bool postgres, List<string> definitions, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        foreach (var sql in postgres ? ["ALTER TABLE audit_entries ENABLE TRIGGER USER"] : definitions)
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
