namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R6 for one industrial union: of the enterprises its unions cover, the share a collective contract in force in the
/// year covers, against the district's target (the plan names no figure; the default is 80%). No enterprises: no data.
/// </summary>
public static class ContractCoverageRule
{
    public const decimal DefaultTarget = 0.8m;

    public static RuleVerdict Evaluate(int enterprises, int covered, decimal target, IReadOnlyList<Evidence> contracts)
    {
        var used = RuleVerdict.Used(("Assessment:ContractCoverageTarget", target));
        if (enterprises <= 0)
        {
            return new RuleVerdict("R6", ComplianceStatus.NoData, null, target, contracts, used, "no-enterprises");
        }

        var rate = Math.Round((decimal)covered / enterprises, 4);
        return new RuleVerdict("R6", RuleVerdict.AtLeast(rate, target), rate, target, contracts, used);
    }
}
