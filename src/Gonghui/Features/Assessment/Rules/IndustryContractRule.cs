using Gonghui.Features.Bargaining;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>An industry wage contract in force in the year, with the topics its clauses cover.</summary>
public sealed record ContractFacts(Evidence Evidence, IReadOnlyCollection<ClauseTopic> Topics);

/// <summary>
/// R5 for one industrial union: at least one industry wage collective contract in force in the year whose clauses cover
/// every required topic (by default the plan's five: remuneration, rest and leave, safety and health, vocational
/// training, insurance and welfare). The value is how many do.
/// </summary>
public static class IndustryContractRule
{
    public static readonly IReadOnlyList<ClauseTopic> DefaultTopics =
        [ClauseTopic.Remuneration, ClauseTopic.RestAndLeave, ClauseTopic.SafetyAndHealth, ClauseTopic.VocationalTraining, ClauseTopic.InsuranceAndWelfare];

    public static RuleVerdict Evaluate(IReadOnlyList<ContractFacts> contractsInForce, IReadOnlyCollection<ClauseTopic> requiredTopics)
    {
        var complete = contractsInForce.Count(c => requiredTopics.All(c.Topics.Contains));
        return new RuleVerdict("R5", RuleVerdict.AtLeast(complete, 1), complete, 1, contractsInForce.Select(c => c.Evidence).ToList(),
            RuleVerdict.Used(("Assessment:ContractTopics", string.Join(',', requiredTopics))));
    }
}
