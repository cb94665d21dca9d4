namespace Gonghui.Features.Assessment.Rules;

/// <summary>A rule of the plan whose records no module keeps yet: no data, naming the module that will supply them.</summary>
public static class UnrecordedRule
{
    public static RuleVerdict Evaluate(string rule, string module) =>
        new(rule, ComplianceStatus.NoData, null, null, [], RuleVerdict.Used(), "module:" + module);
}
