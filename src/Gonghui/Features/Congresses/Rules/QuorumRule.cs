namespace Gonghui.Features.Congresses.Rules;

/// <summary>
/// L10: a members' assembly or congress, and an election at it, is valid only with at least two thirds of those
/// entitled present. Counted in whole numbers (3 × present ≥ 2 × entitled), so 20 of 30 holds and 19 does not.
/// </summary>
public static class QuorumRule
{
    public static bool Met(int present, int entitled) => entitled > 0 && present >= 0 && present <= entitled && 3L * present >= 2L * entitled;

    /// <summary>The fewest present for a quorum of <paramref name="entitled"/> (what the form tells the clerk).</summary>
    public static int Needed(int entitled) => entitled <= 0 ? 0 : (int)((2L * entitled + 2) / 3);
}
