using Gonghui.Features.Enterprises;
using Gonghui.Features.Bargaining;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R6: of the enterprises each industrial union's unions cover, those a contract in force in the year covers.</summary>
public sealed class ContractCoverageCheck(GonghuiDbContext db) : IComplianceCheck
{
    public string Rule => "R6";

    public string Module => "Bargaining";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var target = context.Settings.Get<AssessmentSettings>().ContractCoverageTarget;
        var contracts = await ContractsInForce.LoadAsync(db, context, ct);
        // Covered enterprises found in the database, from the contracts' side (a few hundred contracts, their enterprise
        // lists read once): tens of thousands of ids would not fit in a query's parameters, and asking each of 60,000
        // enterprises whether some contract covers it costs seconds.
        var inForce = ContractsInForce.Query(db, context);
        var listed = db.Set<ContractEnterprise>().Join(inForce, x => x.ContractId, c => c.Id, (x, c) => x.EnterpriseId);
        var signedWith = inForce.Where(c => c.EnterpriseId != null).Select(c => c.EnterpriseId!.Value);
        var enterprises = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => e.UnionId != null)
            .GroupBy(e => e.Union!.Path).Select(g => new { Path = g.Key, Count = g.Count() }).ToListAsync(ct);
        var covered = await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.UnionId != null && (listed.Contains(e.Id) || signedWith.Contains(e.Id)))
            .Select(e => new { e.Id, e.Union!.Path }).ToListAsync(ct);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var ownCovered = covered.Where(e => context.Owner(e.Path) == u).Select(e => e.Id).ToHashSet();
            var evidence = contracts.Where(c => c.Enterprises.Any(ownCovered.Contains)).OrderBy(c => c.StartOn).Select(c => c.Evidence).ToList();
            return ContractCoverageRule.Evaluate(enterprises.Where(e => context.Owner(e.Path) == u).Sum(e => e.Count), ownCovered.Count, target, evidence);
        });
    }
}
