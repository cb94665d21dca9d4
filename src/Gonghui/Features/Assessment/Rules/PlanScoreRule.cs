namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R16's arithmetic: a computed item's score from its indicator, and a plan's weighted total. Scores run from 0 to 100;
/// an item without a score (its rule does not apply, or has no data) is left out of the weights.
/// </summary>
public static class PlanScoreRule
{
    /// <summary>A rule-bound item: met 100, not met 0, otherwise none.</summary>
    public static decimal? FromVerdict(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => 100m,
        ComplianceStatus.NotMet => 0m,
        _ => null,
    };

    /// <summary>A count against its target, in proportion, at most 100.</summary>
    public static decimal FromCount(int count, int target) => target <= 0 ? 100m : Math.Min(100m, Math.Round(count * 100m / target, 1));

    /// <summary>Σ weight × score ÷ Σ weight over the scored items, to one decimal; none when no item is scored.</summary>
    public static decimal? WeightedTotal(IEnumerable<(int Weight, decimal? Score)> items)
    {
        var scored = items.Where(i => i.Score is not null && i.Weight > 0).ToList();
        var weights = scored.Sum(i => i.Weight);
        return weights == 0 ? null : Math.Round(scored.Sum(i => i.Weight * i.Score!.Value) / weights, 1);
    }
}
