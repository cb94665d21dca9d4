namespace Gonghui.Features.Representatives.Rules;

/// <summary>One make-up figure of a congress's serving representatives against the district's target.</summary>
/// <param name="AtMost">Whether the target is a ceiling (officers) rather than a floor (women, front-line workers).</param>
/// <param name="Met">Null while no one serves.</param>
public sealed record RepresentativeRatio(string Key, int Count, int Serving, decimal? Share, decimal Target, bool AtMost, bool? Met);

/// <summary>
/// R2 (permanent representatives): the make-up of those serving — women and front-line workers at least their shares,
/// officers at most theirs (district settings; the plan names none). Compared in whole representatives: 3 women of 10
/// reach 30%, 2 of 7 (28.6%) do not.
/// </summary>
public static class RepresentativeRatioRule
{
    public const decimal DefaultMinWomen = 0.3m;

    public const decimal DefaultMinFrontLine = 0.5m;

    public const decimal DefaultMaxOfficers = 0.2m;

    public static IReadOnlyList<RepresentativeRatio> Evaluate(int serving, int women, int frontLine, int officers, decimal minWomen, decimal minFrontLine, decimal maxOfficers) =>
    [
        Ratio("women", women, serving, minWomen, atMost: false),
        Ratio("frontLine", frontLine, serving, minFrontLine, atMost: false),
        Ratio("officers", officers, serving, maxOfficers, atMost: true),
    ];

    private static RepresentativeRatio Ratio(string key, int count, int serving, decimal target, bool atMost) =>
        new(key, count, serving, serving == 0 ? null : Math.Round((decimal)count / serving, 4), target, atMost,
            serving == 0 ? null : atMost ? count <= target * serving : count >= target * serving);
}
