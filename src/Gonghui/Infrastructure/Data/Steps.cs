using Gonghui.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Data;

/// <summary>
/// The shape of every lifecycle step: find the record for writing, let the step check and apply itself (or say why
/// not), save against the version read, read it back.
/// </summary>
public static class Steps
{
    public static async Task<Outcome<TDto>> RunAsync<T, TDto>(
        GonghuiDbContext db, long id, long? version, Func<long, CancellationToken, Task<Outcome<T>>> find, Func<T, Task<Outcome?>> step,
        Func<long, CancellationToken, Task<TDto>> read, CancellationToken ct)
        where T : class, IVersioned
    {
        var found = await find(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<TDto>();
        }

        // A step may write other records first (a draft contract): all of it stands or none.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await step(found.Value!) is { } refused)
        {
            return refused;
        }

        if (!await db.TrySaveAsync(found.Value!, version, ct))
        {
            return Outcome.Stale;
        }

        await tx.CommitAsync(ct);
        return await read(id, ct);
    }
}
