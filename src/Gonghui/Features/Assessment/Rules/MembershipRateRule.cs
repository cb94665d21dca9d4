namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R1 for one industrial union: the members working in the enterprises its unions cover, over those enterprises'
/// employees, against the district's target (the plan names no figure; the default is 80%). No employees recorded: no data.
/// </summary>
public static class MembershipRateRule
{
    public const decimal DefaultTarget = 0.8m;

    public static RuleVerdict Evaluate(long members, long employees, decimal target, IReadOnlyList<Evidence> evidence)
    {
        var used = RuleVerdict.Used(("Assessment:MembershipTarget", target));
        if (employees <= 0)
        {
            return new RuleVerdict("R1", ComplianceStatus.NoData, null, target, evidence, used, "no-employees");
        }

        var rate = Math.Round((decimal)members / employees, 4);
        return new RuleVerdict("R1", RuleVerdict.AtLeast(rate, target), rate, target, evidence, used);
    }
}
