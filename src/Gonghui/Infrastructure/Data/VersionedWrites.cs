using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gonghui.Infrastructure.Data;

public enum DeleteResult
{
    Deleted,
    Stale,

    /// <summary>Other records still point at it (a foreign key refused the delete).</summary>
    Referenced,
}

public static class VersionedWrites
{
    /// <summary>A delete's result as a handler's outcome: 204, 409 with the reason the row is still needed, or stale.</summary>
    public static Api.Outcome<bool> ToOutcome(this DeleteResult result, string referencedReason) => result switch
    {
        DeleteResult.Deleted => true,
        DeleteResult.Stale => Api.Outcome.Stale,
        _ => Api.Outcome.Conflict(referencedReason),
    };

    /// <summary>
    /// Deletes against the version read. A row other records still point at is kept and reported, whichever module
    /// those records belong to: the database's foreign keys know them all.
    /// </summary>
    public static async Task<DeleteResult> TryDeleteAsync<T>(this GonghuiDbContext db, T entity, long? versionRead, CancellationToken ct)
        where T : class, IVersioned
    {
        db.Remove(entity);
        try
        {
            return await db.TrySaveAsync(entity, versionRead, ct) ? DeleteResult.Deleted : DeleteResult.Stale;
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
        {
            db.Entry(entity).State = EntityState.Unchanged;
            return DeleteResult.Referenced;
        }
    }

    /// <summary>
    /// Saves against the version the client read (optimistic concurrency): false when someone else changed or
    /// removed the row first. Without a version the save is unconditional.
    /// </summary>
    public static async Task<bool> TrySaveAsync<T>(this GonghuiDbContext db, T entity, long? versionRead, CancellationToken ct)
        where T : class, IVersioned
    {
        var entry = db.Entry(entity);
        if (versionRead is long v)
        {
            entry.Property(e => e.Version).OriginalValue = v;
        }

        // A change to the record's parts only (a resolution, a report of a case) is a change of the record: its
        // version moves and the version read is checked.
        if (entry.State == EntityState.Unchanged)
        {
            entry.Property(e => e.UpdatedAt).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
