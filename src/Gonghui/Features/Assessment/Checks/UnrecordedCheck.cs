using Gonghui.Features.Assessment.Rules;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>A rule whose records no module keeps yet (R2, R3, R8–R10): no data for every union, naming the module to come.</summary>
public sealed class UnrecordedCheck(string rule, string module) : IComplianceCheck
{
    public string Rule => rule;

    public string Module => module;

    public Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        IReadOnlyDictionary<long, RuleVerdict> verdicts = context.Unions.ToDictionary(u => u.Id, _ => UnrecordedRule.Evaluate(rule, module));
        return Task.FromResult(verdicts);
    }
}
