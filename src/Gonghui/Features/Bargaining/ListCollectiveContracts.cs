using System.Linq.Expressions;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/collective-contracts?q=&amp;unionId=&amp;kind=&amp;status=&amp;enterpriseId=</c>: contracts in the actor's scope, latest term first.</summary>
public sealed class ListCollectiveContracts(GonghuiDbContext db)
{
    public async Task<PagedResult<CollectiveContractRow>> HandleAsync(PageQuery page, long? unionId, ContractKind? kind, ContractStatus? status, long? enterpriseId, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var query = db.Set<CollectiveContract>().AsNoTracking();
        if (page.Search is { } q)
        {
            query = query.Where(c => c.Title.Contains(q));
        }

        if (unionId is long u)
        {
            query = query.Where(c => c.UnionId == u);
        }

        if (kind is { } k)
        {
            query = query.Where(c => c.Kind == k);
        }

        if (enterpriseId is long e)
        {
            query = query.Where(c => c.EnterpriseId == e || c.Enterprises.Any(x => x.EnterpriseId == e));
        }

        if (status is { } s)
        {
            query = query.Where(Having(s, today));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(c => c.StartOn).ThenByDescending(c => c.Id)
            : query.OrderBy(c => c.StartOn).ThenBy(c => c.Id);
        var found = await page.ApplyAsync(query.Select(c => new { Contract = c, UnionName = c.Union!.Name, Enterprises = c.Enterprises.Count }), ct);
        return new PagedResult<CollectiveContractRow>(
            found.Items.Select(x => new CollectiveContractRow(
                x.Contract.Id, x.Contract.UnionId, x.UnionName, x.Contract.Kind, x.Contract.Title, x.Contract.StartOn, x.Contract.EndOn,
                x.Contract.SignedOn, x.Contract.FiledOn, x.Contract.EffectiveOn, x.Contract.StatusOn(today), x.Enterprises)).ToList(),
            found.Total, found.Page, found.PageSize);
    }

    /// <summary>The status of <see cref="CollectiveContract.StatusOn"/> as a condition the database can test.</summary>
    internal static Expression<Func<CollectiveContract, bool>> Having(ContractStatus status, DateOnly day) => status switch
    {
        ContractStatus.Draft => c => c.SignedOn == null,
        ContractStatus.Expired => c => c.SignedOn != null && c.EndOn < day,
        ContractStatus.Concluded => c => c.SignedOn != null && c.EndOn >= day && c.FiledOn == null,
        ContractStatus.InForce => InForceOn(day),
        ContractStatus.Objected => c => c.SignedOn != null && c.EndOn >= day && c.FiledOn != null && c.ObjectionOn != null && c.ObjectionResolvedOn == null && c.EffectiveOn == null,
        _ => c => c.SignedOn != null && c.EndOn >= day && c.FiledOn != null && !(c.EffectiveOn != null && c.EffectiveOn <= day && c.StartOn <= day)
            && !(c.ObjectionOn != null && c.ObjectionResolvedOn == null && c.EffectiveOn == null),
    };

    /// <summary>In force on <paramref name="day"/>: signed, filed, in effect (L6) and within its term.</summary>
    internal static Expression<Func<CollectiveContract, bool>> InForceOn(DateOnly day) =>
        c => c.SignedOn != null && c.FiledOn != null && c.EffectiveOn != null && c.EffectiveOn <= day && c.StartOn <= day && c.EndOn >= day;

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListCollectiveContracts h, int? page, int? pageSize, string? q, string? sort, long? unionId, string? kind, string? status, long? enterpriseId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), unionId, EnumText.Parse<ContractKind>(kind), EnumText.Parse<ContractStatus>(status), enterpriseId, ct)))
            .WithName("ListCollectiveContracts");
}
