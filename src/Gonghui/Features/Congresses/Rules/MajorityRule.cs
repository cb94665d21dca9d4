namespace Gonghui.Features.Congresses.Rules;

/// <summary>
/// L10: an agenda item passes, and a candidate is elected, with more than half of those entitled to attend or vote —
/// not of those present. 16 of 30 holds, 15 does not.
/// </summary>
public static class MajorityRule
{
    public static bool Met(int votes, int entitled) => entitled > 0 && 2L * votes > entitled;

    /// <summary>The fewest votes that are more than half of <paramref name="entitled"/>.</summary>
    public static int Needed(int entitled) => entitled <= 0 ? 0 : entitled / 2 + 1;
}
