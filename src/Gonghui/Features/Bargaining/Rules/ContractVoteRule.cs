namespace Gonghui.Features.Bargaining.Rules;

/// <summary>A vote on a draft as counted: who was entitled, present and in favour, and whether each condition held.</summary>
public sealed record ContractVoteVerdict(int Entitled, int Present, int InFavour, bool Quorate, bool Approved)
{
    public bool Passed => Quorate && Approved;
}

/// <summary>
/// L3 (Collective Contract Provisions art. 36): the workers' congress (or all workers) votes on the draft with at least
/// two thirds of those entitled present, and it passes with more than half of all those entitled in favour — of all
/// entitled, not of those present.
/// </summary>
public static class ContractVoteRule
{
    public static ContractVoteVerdict Evaluate(int entitled, int present, int inFavour) =>
        new(entitled, present, inFavour,
            Quorate: entitled > 0 && (long)present * 3 >= (long)entitled * 2,
            Approved: entitled > 0 && (long)inFavour * 2 > entitled);
}
