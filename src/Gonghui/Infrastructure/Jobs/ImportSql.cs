using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gonghui.Infrastructure.Jobs;

/// <summary>Plain ADO.NET on the import's connection and its transaction, if one is open: bulk paths skip EF's tracking (one "import" audit event covers them).</summary>
public static class ImportSql
{
    public static DbCommand Command(this ImportRun run, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = run.Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = run.Db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            command.Bind(name, value);
        }

        return command;
    }

    /// <summary>Adds <c>@name</c> to the command; the parameter is returned so a prepared command can be run again with other values.</summary>
    public static DbParameter Bind(this DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }

    public static async Task<int> ExecuteAsync(this ImportRun run, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = run.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<long> CountAsync(this ImportRun run, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = run.Command(sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// What the rows <paramref name="where"/> picks of a staging table kept the usual way — <c>id</c> the record a row
    /// updates (null: a new one), <c>same</c> 1 where it equals the stored one — would insert, update and leave unchanged.
    /// </summary>
    public static async Task<ImportCounts> CountStagedAsync(this ImportRun run, string stagingTable, string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var count = run.Command($"""
            SELECT COALESCE(SUM(CASE WHEN s.id IS NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN s.id IS NOT NULL AND s.same = 0 THEN 1 ELSE 0 END), 0), COALESCE(SUM(s.same), 0)
            FROM {run.Staging(stagingTable)} s WHERE {where}
            """, parameters);
        await using var reader = await count.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new ImportCounts(0, (int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2));
    }

    /// <summary>The staged rows' counts as written: those another user's write overtook count as unchanged.</summary>
    public static ImportCounts Written(this ImportCounts staged, int inserted, int updated) =>
        staged with { Inserted = inserted, Updated = updated, Unchanged = staged.Inserted + staged.Updated + staged.Unchanged - inserted - updated };
}
