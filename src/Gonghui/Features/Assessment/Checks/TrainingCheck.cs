using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Training;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R7: workers certified in the year by each industrial union's trainings (and those of the unions below it); the exempt decide first.</summary>
public sealed class TrainingCheck(TrainingFacts facts) : IComplianceCheck
{
    public string Rule => "R7";

    public string Module => "Training";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var s = context.Settings.Get<AssessmentSettings>();
        var certified = await facts.CertifiedAsync(context.Unions.Select(u => (u.Id, u.Path)).ToList(), context.From, context.To, ct);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var c = certified[u.Id];
            IReadOnlyList<Evidence> evidence = c.Trainings.Select(t => new Evidence("certification-training", t.Id, $"{t.Title}（{t.Certificates}）", t.StartOn,
                $"/api/v1/certification-trainings/{t.Id}", $"/services/training?open={t.Id}")).ToList();
            return TrainingRule.Evaluate(u.Code, u.Sector, (c.Workers, evidence), s.CertifiedWorkers, s.ExemptSectors, s.ExemptUnions);
        });
    }
}
