using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Data;

public static class VersionedWrites
{
    /// <summary>
    /// Saves against the version the client read (optimistic concurrency): false when someone else changed or
    /// removed the row first. Without a version the save is unconditional.
    /// </summary>
    public static async Task<bool> TrySaveAsync<T>(this GonghuiDbContext db, T entity, long? versionRead, CancellationToken ct)
        where T : class, IVersioned
    {
        if (versionRead is long v)
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = v;
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
