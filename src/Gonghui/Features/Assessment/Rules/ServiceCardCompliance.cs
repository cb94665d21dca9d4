using Gonghui.Features.ServiceCards;
using Gonghui.Features.ServiceCards.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R8 for one industrial union: the Jing Card's issuance rate (<see cref="ServiceCardRule.IssuanceRate"/>, cards in force
/// over active members) against the district's target; no active member, no data.
/// </summary>
public static class ServiceCardCompliance
{
    public static RuleVerdict Evaluate(CardCounts counts, decimal target, IReadOnlyList<Evidence> evidence)
    {
        var used = RuleVerdict.Used(("ServiceCards:IssuanceTarget", target));
        return ServiceCardRule.IssuanceRate(counts.InForce, counts.Members) is { } rate
            ? new RuleVerdict("R8", RuleVerdict.AtLeast(rate, target), rate, target, evidence, used, IsRate: true)
            : new RuleVerdict("R8", ComplianceStatus.NoData, null, target, evidence, used, "no-members", IsRate: true);
    }
}
