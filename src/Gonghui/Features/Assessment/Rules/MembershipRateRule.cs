namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R1 for one industrial union: the members working in the enterprises its unions cover, over those enterprises'
/// employees, against the district's target (the plan names no figure; the default is 80%). No employees recorded: no data.
/// </summary>
public static class MembershipRateRule
{
    public const decimal DefaultTarget = 0.8m;

    public static RuleVerdict Evaluate(long members, long employees, decimal target, IReadOnlyList<Evidence> evidence) =>
        RuleVerdict.Share("R1", members, employees, target, "Assessment:MembershipTarget", "no-employees", evidence);
}
