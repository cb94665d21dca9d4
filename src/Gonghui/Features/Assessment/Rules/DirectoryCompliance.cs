using Gonghui.Features.Portal;
using Gonghui.Features.Portal.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R13 for one industrial union: the share of its unions (itself included) the public directory shows with a chair and a
/// phone (<see cref="DirectoryRule.Completeness"/>) against the district's target.
/// </summary>
public static class DirectoryCompliance
{
    public static RuleVerdict Evaluate(DirectoryCounts counts, decimal target, IReadOnlyList<Evidence> evidence)
    {
        var used = RuleVerdict.Used(("Portal:DirectoryTarget", target));
        return DirectoryRule.Completeness(counts.Complete, counts.Unions) is { } share
            ? new RuleVerdict("R13", RuleVerdict.AtLeast(share, target), share, target, evidence, used)
            : new RuleVerdict("R13", ComplianceStatus.NoData, null, target, evidence, used, "no-unions");
    }
}
