namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R6 for one industrial union: of the enterprises its unions cover, the share a collective contract in force in the
/// year covers, against the district's target (the plan names no figure; the default is 80%). No enterprises: no data.
/// </summary>
public static class ContractCoverageRule
{
    public const decimal DefaultTarget = 0.8m;

    public static RuleVerdict Evaluate(int enterprises, int covered, decimal target, IReadOnlyList<Evidence> contracts) =>
        RuleVerdict.Share("R6", covered, enterprises, target, "Assessment:ContractCoverageTarget", "no-enterprises", contracts);
}
