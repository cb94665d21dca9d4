using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Services;

/// <summary>
/// What the module's union records (purchases, deliveries, designated services) share: found for writing with a 403
/// outside the actor's scope, created, changed against the version read, deleted unless something refers to them.
/// Each record type says how it is read, checked and loaded with its parts, and whether it keeps documents.
/// </summary>
public abstract class ServiceRecords<TEntity, TDto, TInput>(GonghuiDbContext db, CurrentActor actor, RecordDocuments documents, IStringLocalizer<SharedResource> t)
    where TEntity : class, IVersioned, IUnionOwned, new()
{
    protected GonghuiDbContext Db => db;

    protected CurrentActor Actor => actor;

    protected IStringLocalizer<SharedResource> T => t;

    /// <summary>The resource key of the refusal to delete one that something refers to.</summary>
    protected abstract string ReferencedKey { get; }

    public abstract Task<TDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false);

    /// <summary>Checks the input and applies it to the record, or says why not (403 for a union outside the scope).</summary>
    public abstract Task<Outcome?> CheckAndApplyAsync(TInput input, TEntity target, CancellationToken ct);

    protected abstract long? VersionOf(TInput input);

    /// <summary>The kind's documents, removed with the record; null when it keeps none.</summary>
    protected virtual DocumentOwnerInfo? Documents => null;

    /// <summary>A record's documents, for its DTO.</summary>
    protected Task<List<DocumentDto>> DocumentsOfAsync(long id, CancellationToken ct) => RecordDocuments.ListAsync(db, Documents!, id, ct);

    /// <summary>The record with the parts a change needs (its deliverables and payments, its members served).</summary>
    protected virtual IQueryable<TEntity> WithParts(IQueryable<TEntity> records) => records;

    /// <summary>Why a record may not be deleted though nothing in the database refers to it; null when it may.</summary>
    protected virtual string? Undeletable(TEntity record) => null;

    public async Task<Outcome<TEntity>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await WithParts(db.Set<TEntity>().IgnoreQueryFilters()).FirstOrDefaultAsync(e => EF.Property<long>(e, "Id") == id, ct);
        if (found is null)
        {
            return Outcome.NotFound;
        }

        var path = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == found.UnionId).Select(u => u.Path).FirstAsync(ct);
        return actor.CanWriteRegistryUnder(path) ? found : Outcome.Forbidden;
    }

    public async Task<Outcome<TDto>> CreateAsync(TInput input, CancellationToken ct)
    {
        var created = new TEntity();
        if (await CheckAndApplyAsync(input, created, ct) is { } refused)
        {
            return refused;
        }

        db.Add(created);
        await db.SaveChangesAsync(ct);
        return (await ReadAsync(db.Entry(created).Property<long>("Id").CurrentValue, ct, ignoreScope: true))!;
    }

    public Task<Outcome<TDto>> UpdateAsync(long id, TInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, VersionOf(input), FindWritableAsync, x => CheckAndApplyAsync(input, x, ct), async (x, c) => (await ReadAsync(x, c, ignoreScope: true))!, ct);

    public async Task<Outcome<bool>> DeleteAsync(long id, long? version, CancellationToken ct)
    {
        var found = await FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        if (Undeletable(found.Value!) is { } why)
        {
            return Outcome.Conflict(why);
        }

        var result = Documents is { } kind ? await documents.DeleteWithDocumentsAsync(kind.Owner, id, found.Value!, version, ct) : await db.TryDeleteAsync(found.Value!, version, ct);
        return result.ToOutcome(t[ReferencedKey]);
    }
}
