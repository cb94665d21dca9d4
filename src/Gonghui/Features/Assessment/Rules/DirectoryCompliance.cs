using Gonghui.Features.Portal;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R13 for one industrial union: the share of its unions (itself included) the public directory shows with a chair and a
/// phone (<see cref="Portal.Rules.DirectoryRule.IsComplete"/>) against the district's target; no union, no data.
/// </summary>
public static class DirectoryCompliance
{
    public static RuleVerdict Evaluate(DirectoryCounts counts, decimal target, IReadOnlyList<Evidence> evidence) =>
        RuleVerdict.Share("R13", counts.Complete, counts.Unions, target, "Portal:DirectoryTarget", "no-unions", evidence);
}
