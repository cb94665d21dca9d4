using Gonghui.Features.Enterprises;
using Gonghui.Features.Bargaining;
using Gonghui.Features.DemocraticManagement;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R6's registry figures for one union: its enterprises, those a contract in force covers (and those contracts), their democratic management.</summary>
public sealed record ContractCoverageFigures(int Enterprises, int Covered, IReadOnlyList<Evidence> Contracts, DemocracyRates Democracy);

/// <summary>
/// R6: of the enterprises each industrial union's unions cover, those a contract in force in the year covers, with
/// their democratic-management rates: the registry's current figures, or those kept when the year was closed.
/// </summary>
public sealed class ContractCoverageCheck(GonghuiDbContext db) : IRegistryCheck
{
    public string Rule => "R6";

    public string Module => "Bargaining";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var settings = context.Settings.Get<AssessmentSettings>();
        var figures = context.Kept?.Of<ContractCoverageFigures>(Rule) ?? await ReadAsync(context, ct);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var f = figures.GetValueOrDefault(u.Id) ?? new ContractCoverageFigures(0, 0, [], new DemocracyRates(0, 0, 0, 0, 0, 0));
            return ContractCoverageRule.Evaluate(f.Enterprises, f.Covered, settings.ContractCoverageTarget, f.Contracts, f.Democracy,
                settings.WorkersCongressTarget, settings.FactoryAffairsTarget);
        });
    }

    public async Task<IReadOnlyDictionary<long, string>> ReadRegistryAsync(ComplianceContext context, CancellationToken ct) =>
        (await ReadAsync(context, ct)).ToDictionary(f => f.Key, f => KeptYear.Write(f.Value));

    private async Task<IReadOnlyDictionary<long, ContractCoverageFigures>> ReadAsync(ComplianceContext context, CancellationToken ct)
    {
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
        var democracy = (await DemocraticFacts.LoadAsync(db, db.Enterprises.IgnoreQueryFilters(), context.Year, ct)).ToLookup(e => context.Owner(e.UnionPath)?.Id);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var ownCovered = covered.Where(e => context.Owner(e.Path) == u).Select(e => e.Id).ToHashSet();
            var evidence = contracts.Where(c => c.Enterprises.Any(ownCovered.Contains)).OrderBy(c => c.StartOn).Select(c => c.Evidence).ToList();
            return new ContractCoverageFigures(enterprises.Where(e => context.Owner(e.Path) == u).Sum(e => e.Count), ownCovered.Count, evidence,
                DemocracyRates.Of(democracy[u.Id].ToList()));
        });
    }
}
