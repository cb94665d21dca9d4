namespace Gonghui.Features.Congresses.Rules;

/// <summary>
/// A competitive election (差额选举) of committee members: candidates exceed the seats by at least the district's
/// margin (default 5 % of the seats, rounded up, so 20 seats need 21 candidates and 21 seats need 23).
/// </summary>
public static class CompetitiveMarginRule
{
    public const decimal DefaultMargin = 0.05m;

    public static int MinimumCandidates(int seats, decimal margin) => seats + (int)Math.Ceiling(seats * margin);

    public static bool Met(int candidates, int seats, decimal margin) => candidates >= MinimumCandidates(seats, margin);
}
