namespace Gonghui.Features.Assessment.Rules;

/// <summary>A warning case opened in the year, and whether each report it owes was (or still may be) made within its limit.</summary>
public sealed record CaseFacts(Evidence Case, bool ReportedInTime);

/// <summary>
/// R15 as a compliance verdict: of the warning cases the union's unions opened in the year, how many were reported to the
/// District Federation and to the labour department within their level's limit. Met when all were; no case: not applicable.
/// </summary>
public static class WarningReportingCompliance
{
    public static RuleVerdict Evaluate(IReadOnlyList<CaseFacts> cases, IReadOnlyDictionary<string, string> limits)
    {
        var inTime = cases.Count(c => c.ReportedInTime);
        var evidence = cases.Select(c => c.Case with { Meets = c.ReportedInTime }).ToList();
        return cases.Count == 0
            ? new RuleVerdict("R15", ComplianceStatus.NotApplicable, 0, 0, evidence, limits, "no-cases")
            : new RuleVerdict("R15", inTime == cases.Count ? ComplianceStatus.Met : ComplianceStatus.NotMet, inTime, cases.Count, evidence, limits);
    }
}
