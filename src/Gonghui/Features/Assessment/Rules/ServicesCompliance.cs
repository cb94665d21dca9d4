using Gonghui.Features.Services.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>R9's and R10's verdicts for one industrial union and year.</summary>
public static class ServicesCompliance
{
    /// <summary>
    /// R9: designated services running in the year and purchase contracts in force in it, each at least the district's
    /// minimum; met when both are. The figure is the parts met.
    /// </summary>
    public static RuleVerdict Purchases(IReadOnlyList<Evidence> designated, IReadOnlyList<Evidence> purchases, int designatedMinimum, int purchaseMinimum)
    {
        RuleFigure[] figures =
        [
            new("designatedServices", designated.Count, designatedMinimum, designated.Count >= designatedMinimum, IsRate: false),
            new("servicePurchases", purchases.Count, purchaseMinimum, purchases.Count >= purchaseMinimum, IsRate: false),
        ];
        var met = figures.Count(f => f.Meets == true);
        return new RuleVerdict("R9", met == figures.Length ? ComplianceStatus.Met : ComplianceStatus.NotMet, met, figures.Length, [.. designated, .. purchases],
            RuleVerdict.Used(("Services:DesignatedMinimum", designatedMinimum), ("Services:PurchaseMinimum", purchaseMinimum)), Figures: figures);
    }

    /// <summary>
    /// R10: each category the union's industry must offer, delivered at least the minimum number of times in the year
    /// (<see cref="RequiredServicesRule"/>); met when every one is, not applicable to an industry with none. The figure is
    /// the categories offered; each is a figure of its own with its deliveries.
    /// </summary>
    public static RuleVerdict Required(IReadOnlyList<CategoryCoverage> coverage, int minimum, Func<CategoryCoverage, Evidence> evidence, string required)
    {
        var used = RuleVerdict.Used(("Services:MinimumDeliveries", minimum), ("Services:Required", required));
        if (coverage.Count == 0)
        {
            return new RuleVerdict("R10", ComplianceStatus.NotApplicable, null, null, [], used, "no-required-services");
        }

        var met = coverage.Count(c => c.Met);
        return new RuleVerdict("R10", met == coverage.Count ? ComplianceStatus.Met : ComplianceStatus.NotMet, met, coverage.Count, [.. coverage.Select(c => evidence(c) with { Meets = c.Met })],
            used, Figures: [.. coverage.Select(c => new RuleFigure($"service.{c.Category}", c.Deliveries, c.Minimum, c.Met, IsRate: false))]);
    }
}
