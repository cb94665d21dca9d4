namespace Gonghui.Features.Coverage.Rules;

/// <summary>
/// The three rates of the glossary, each computed here and nowhere else, to four decimals; null when the base is nought.
/// </summary>
public static class CoverageRates
{
    /// <summary>建会率: enterprises a union covers ÷ registered enterprises.</summary>
    public static double? EnterpriseCoverageRate(long covered, long enterprises) => Rate(covered, enterprises);

    /// <summary>入会率 (已建会企业职工入会率): active members working in covered enterprises ÷ those enterprises' employees.</summary>
    public static double? MembershipRate(long membersInCovered, long employeesOfCovered) => Rate(membersInCovered, employeesOfCovered);

    /// <summary>全员入会率: active members ÷ all registered enterprises' employees.</summary>
    public static double? OverallMembershipRate(long members, long employees) => Rate(members, employees);

    private static double? Rate(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
