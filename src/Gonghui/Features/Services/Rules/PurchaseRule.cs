namespace Gonghui.Features.Services.Rules;

/// <summary>A purchase at a glance: what was paid and what is left of the budget, its deliverables' acceptance and their average rating.</summary>
public sealed record PurchaseSummary(decimal Paid, decimal Remaining, int Deliverables, int Accepted, int Rejected, decimal? AverageRating)
{
    public int Pending => Deliverables - Accepted - Rejected;
}

/// <summary>R9's purchase contracts: payments stay within the budget; a deliverable is accepted or rejected once, rated 1 to 5.</summary>
public static class PurchaseRule
{
    public const int MinRating = 1;

    public const int MaxRating = 5;

    /// <summary>Whether a payment keeps the total paid within the budget (the budget itself may be reached, not passed).</summary>
    public static bool WithinBudget(decimal budget, decimal paid, decimal amount) => amount > 0 && paid + amount <= budget;

    public static PurchaseSummary Summarise(decimal budget, IEnumerable<decimal> payments, IReadOnlyCollection<(AcceptanceResult? Result, int? Rating)> deliverables)
    {
        var paid = payments.Sum();
        var ratings = deliverables.Where(d => d.Rating is not null).Select(d => (decimal)d.Rating!.Value).ToList();
        return new PurchaseSummary(paid, budget - paid, deliverables.Count, deliverables.Count(d => d.Result == AcceptanceResult.Accepted),
            deliverables.Count(d => d.Result == AcceptanceResult.Rejected), ratings.Count == 0 ? null : Math.Round(ratings.Average(), 1));
    }
}
