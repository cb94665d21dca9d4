namespace Gonghui.Features.Bargaining.Rules;

/// <summary>The two bargaining teams as counted, and whether a negotiation may open with them.</summary>
public sealed record BargainingTeamsVerdict(int UnionSide, int EmployerSide, int UnionChiefs, int EmployerChiefs, int Minimum, bool Met);

/// <summary>
/// L1 (Collective Contract Provisions art. 19): each side has the same number of representatives, at least 3, one of them
/// its chief representative.
/// </summary>
public static class BargainingTeamsRule
{
    public const int DefaultMinimum = 3;

    public static BargainingTeamsVerdict Evaluate(int unionSide, int employerSide, int unionChiefs, int employerChiefs, int minimum = DefaultMinimum) =>
        new(unionSide, employerSide, unionChiefs, employerChiefs, minimum,
            unionSide == employerSide && unionSide >= minimum && unionChiefs == 1 && employerChiefs == 1);
}
