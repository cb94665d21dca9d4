using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DemocraticManagement;

/// <summary>Democratic-management records belong to an enterprise: whoever keeps the enterprise keeps them.</summary>
public sealed class DemocraticRecordAccess(GonghuiDbContext db, EnterpriseAccess enterprises, IStringLocalizer<SharedResource> t)
{
    /// <summary>
    /// Checks the enterprise named: a validation error when there is none, 403 (returned, for after the other checks)
    /// when the actor does not keep it; null when it may be written.
    /// </summary>
    public async Task<Outcome?> CheckEnterpriseAsync(long? enterpriseId, ValidationErrors e, CancellationToken ct)
    {
        var (enterprise, writable) = enterpriseId is long id ? await enterprises.FindForWriteAsync(id, ct) : (null, false);
        if (enterprise is null)
        {
            e.Add("enterpriseId", t["Bargaining.EnterpriseMissing"]);
            return null;
        }

        return writable ? null : Outcome.Forbidden;
    }

    /// <summary>The record, or why not: 404 when it does not exist, 403 when the actor does not keep its enterprise.</summary>
    public async Task<Outcome<T>> FindWritableAsync<T>(long id, CancellationToken ct)
        where T : class, IEnterpriseRecord
    {
        var record = await db.Set<T>().IgnoreQueryFilters().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (record is null)
        {
            return Outcome.NotFound;
        }

        var (_, writable) = await enterprises.FindForWriteAsync(record.EnterpriseId, ct);
        return writable ? record : Outcome.Forbidden;
    }

    /// <summary>Saves a checked change: validation errors first, then the scope, then the version read.</summary>
    public async Task<Outcome<TDto>> SaveAsync<T, TDto>(T record, ValidationErrors e, Outcome? scope, long? version, Func<long, Task<TDto>> read, CancellationToken ct)
        where T : class, IEnterpriseRecord
    {
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (scope is { } refused)
        {
            return refused;
        }

        if (db.Entry(record).State == EntityState.Detached)
        {
            db.Add(record);
        }

        return await db.TrySaveAsync(record, version, ct) ? await read(record.Id) : Outcome.Stale;
    }

    /// <summary>Deletes a record entered by mistake.</summary>
    public async Task<Outcome<bool>> DeleteAsync<T>(long id, long? version, CancellationToken ct)
        where T : class, IEnterpriseRecord
    {
        var found = await FindWritableAsync<T>(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        db.Remove(found.Value!);
        return await db.TrySaveAsync(found.Value!, version, ct) ? true : Outcome.Stale;
    }
}
