using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DemocraticManagement;

/// <summary>
/// The four use cases of a kind of democratic-management record: <c>GET /{path}?enterpriseId=&amp;year=</c>,
/// <c>POST /{path}</c>, <c>PUT /{path}/{id}</c> with the version read, <c>DELETE /{path}/{id}?version=</c>. Records are
/// scoped by their enterprise's covering union.
/// </summary>
public sealed class EnterpriseRecords<TKind, TRecord, TInput, TDto>(GonghuiDbContext db, DemocraticRecordAccess access, IStringLocalizer<SharedResource> t)
    where TKind : IRecordKind<TRecord, TInput, TDto>
    where TRecord : class, IEnterpriseRecord, new()
    where TInput : IEnterpriseRecordInput
    where TDto : class, IRecordDto
{
    public Task<PagedResult<TDto>> ListAsync(PageQuery page, long? enterpriseId, int? year, CancellationToken ct)
    {
        var query = db.Set<TRecord>().AsNoTracking();
        if (enterpriseId is long e)
        {
            query = query.Where(x => x.EnterpriseId == e);
        }

        if (year is int y)
        {
            query = query.Where(TKind.InYear(y));
        }

        query = page.Descending ? query.OrderBy(TKind.OrderBy) : query.OrderByDescending(TKind.OrderBy);
        return page.ApplyAsync(query.Select(TKind.ToDto), ct);
    }

    public async Task<Outcome<TDto>> CreateAsync(TInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var scope = await access.CheckEnterpriseAsync(input.EnterpriseId, e, ct);
        TKind.Check(input, e, t);
        var record = new TRecord();
        if (!e.Any)
        {
            TKind.Apply(record, input);
        }

        return await access.SaveAsync(record, e, scope, null, id => ReadAsync(id, ct), ct);
    }

    public async Task<Outcome<TDto>> UpdateAsync(long id, TInput input, CancellationToken ct)
    {
        var found = await access.FindWritableAsync<TRecord>(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<TDto>();
        }

        var e = new ValidationErrors();
        if (input.Version is null)
        {
            e.Add("version", t["Field.VersionRequired"]);
        }

        var scope = await access.CheckEnterpriseAsync(input.EnterpriseId, e, ct);
        TKind.Check(input, e, t);
        if (!e.Any && scope is null)
        {
            TKind.Apply(found.Value!, input);
        }

        return await access.SaveAsync(found.Value!, e, scope, input.Version, x => ReadAsync(x, ct), ct);
    }

    internal async Task<IResult> CreateHttpAsync(TInput input, Problems problems, CancellationToken ct) =>
        (await CreateAsync(input, ct)).ToHttp(problems, dto => TypedResults.Created($"/api/v1{TKind.Path}/{dto.Id}", dto));

    internal async Task<IResult> UpdateHttpAsync(long id, TInput input, Problems problems, CancellationToken ct) =>
        (await UpdateAsync(id, input, ct)).ToHttp(problems, TypedResults.Ok);

    public Task<Outcome<bool>> DeleteAsync(long id, long? version, CancellationToken ct) => access.DeleteAsync<TRecord>(id, version, ct);

    private Task<TDto> ReadAsync(long id, CancellationToken ct) =>
        db.Set<TRecord>().AsNoTracking().IgnoreQueryFilters().Where(x => x.Id == id).Select(TKind.ToDto).FirstAsync(ct);
}
