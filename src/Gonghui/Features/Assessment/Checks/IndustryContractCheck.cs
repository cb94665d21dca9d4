using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Bargaining;
using Gonghui.Infrastructure.Data;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R5: each industrial union's industry wage contracts in force in the year and the topics they cover.</summary>
public sealed class IndustryContractCheck(GonghuiDbContext db) : IComplianceCheck
{
    public string Rule => "R5";

    public string Module => "Bargaining";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var topics = context.Settings.Get<AssessmentSettings>().Topics;
        var contracts = (await ContractsInForce.LoadAsync(db, context, ct)).Where(c => c.Kind == ContractKind.IndustryWage).ToList();
        return context.Unions.ToDictionary(u => u.Id, u => IndustryContractRule.Evaluate(
            contracts.Where(c => context.Owner(c.UnionPath) == u).OrderBy(c => c.StartOn).Select(c => new ContractFacts(c.Evidence, c.Topics)).ToList(), topics));
    }
}
