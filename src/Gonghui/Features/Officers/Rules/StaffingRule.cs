namespace Gonghui.Features.Officers.Rules;

/// <summary>The staffing verdict for one industrial union on one date, with the figures it was reached on.</summary>
public sealed record StaffingVerdict(int Members, int Required, int Actual, int Shortfall, bool Met);

/// <summary>
/// R18: every industrial union has at least 3 officers, plus 1 for every further 5,000 members
/// (4,999 members → 3, 5,000 → 4, 12,000 → 5). Base and step are district settings.
/// </summary>
public static class StaffingRule
{
    public const int DefaultBase = 3;
    public const int DefaultStep = 5000;

    public static int Required(int members, int baseOfficers = DefaultBase, int step = DefaultStep) => baseOfficers + (members / step);

    public static StaffingVerdict Evaluate(int members, int officers, int baseOfficers = DefaultBase, int step = DefaultStep)
    {
        var required = Required(members, baseOfficers, step);
        return new StaffingVerdict(members, required, officers, Math.Max(0, required - officers), officers >= required);
    }
}
