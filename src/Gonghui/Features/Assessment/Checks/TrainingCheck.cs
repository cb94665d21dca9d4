using Gonghui.Features.Assessment.Rules;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R7: exemptions decide now; certificates will come from the training module when there is one.</summary>
public sealed class TrainingCheck : IComplianceCheck
{
    public string Rule => "R7";

    public string Module => "Training";

    public Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var s = context.Settings.Get<AssessmentSettings>();
        IReadOnlyDictionary<long, RuleVerdict> verdicts = context.Unions.ToDictionary(u => u.Id,
            u => TrainingRule.Evaluate(u.Code, u.Sector, null, s.CertifiedWorkers, s.ExemptSectors, s.ExemptUnions));
        return Task.FromResult(verdicts);
    }
}
