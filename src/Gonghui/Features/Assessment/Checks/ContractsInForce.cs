using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Bargaining;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>A collective contract in force at some time in the year, with whose it is and what it covers.</summary>
public sealed record ContractInForce(long Id, string Title, ContractKind Kind, string UnionPath, IReadOnlyList<long> Enterprises, IReadOnlyList<ClauseTopic> Topics, DateOnly StartOn)
{
    public Evidence Evidence => new("collective-contract", Id, Title, StartOn, $"/api/v1/collective-contracts/{Id}", $"/bargaining/contracts?open={Id}");
}

/// <summary>R5 and R6 read the same contracts: signed, filed, in effect and within their term on a day of the year.</summary>
public static class ContractsInForce
{
    public static IQueryable<CollectiveContract> Query(GonghuiDbContext db, ComplianceContext context)
    {
        var (first, last) = (context.From, context.To);
        return db.Set<CollectiveContract>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.SignedOn != null && c.FiledOn != null && c.EffectiveOn != null && c.EffectiveOn <= last && c.StartOn <= last && c.EndOn >= first);
    }

    public static async Task<List<ContractInForce>> LoadAsync(GonghuiDbContext db, ComplianceContext context, CancellationToken ct)
    {
        var rows = await Query(db, context)
            .Select(c => new
            {
                c.Id,
                c.Title,
                c.Kind,
                c.Union!.Path,
                Enterprises = c.Enterprises.Select(x => x.EnterpriseId).ToList(),
                c.EnterpriseId,
                Topics = c.Clauses.Select(x => x.Topic).ToList(),
                c.StartOn,
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(c => new ContractInForce(c.Id, c.Title, c.Kind, c.Path,
            c.Enterprises.Append(c.EnterpriseId ?? 0).Where(id => id != 0).Distinct().ToList(), c.Topics.Distinct().ToList(), c.StartOn)).ToList();
    }
}
