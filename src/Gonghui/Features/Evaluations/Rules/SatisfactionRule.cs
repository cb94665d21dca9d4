namespace Gonghui.Features.Evaluations.Rules;

/// <summary>
/// R2 (members' democratic evaluation, 会员评家): the satisfaction rate of a round is the ballots marked satisfied or
/// basically satisfied over all the ballots counted, and the round reaches the district's target when that rate is at
/// least the target. Compared in whole ballots (80 of 100 reaches 80%, 79 does not); no ballots, no rate.
/// </summary>
public static class SatisfactionRule
{
    /// <summary>The plan names no figure; 80% is the usual bar of Beijing's "members rate their union" rounds.</summary>
    public const decimal DefaultTarget = 0.8m;

    public static decimal? Rate(int satisfied, int basicallySatisfied, int dissatisfied)
    {
        var counted = (long)satisfied + basicallySatisfied + dissatisfied;
        return counted <= 0 ? null : Math.Round((decimal)(satisfied + (long)basicallySatisfied) / counted, 4);
    }

    public static bool Met(int satisfied, int basicallySatisfied, int dissatisfied, decimal target)
    {
        var counted = (long)satisfied + basicallySatisfied + dissatisfied;
        return counted > 0 && satisfied + (decimal)basicallySatisfied >= target * counted;
    }
}
