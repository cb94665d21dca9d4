using Gonghui.Features.Organisation;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R7 for one industrial union: workers certified in the year, at least 100 — except the unions the district exempts
/// (by default education and healthcare, which keep their own training plans), for which it does not apply. Until a
/// training module keeps certificates, every other union's verdict is no data.
/// </summary>
public static class TrainingRule
{
    public const int DefaultCertifiedWorkers = 100;

    /// <param name="certified">Workers certified in the year, with the records; null while no module keeps them.</param>
    public static RuleVerdict Evaluate(string unionCode, IndustrySector? sector, (int Count, IReadOnlyList<Evidence> Evidence)? certified,
        int minimum, IReadOnlyCollection<IndustrySector> exemptSectors, IReadOnlyCollection<string> exemptUnions)
    {
        var used = RuleVerdict.Used(("Assessment:CertifiedWorkers", minimum), ("Assessment:TrainingExemptSectors", string.Join(',', exemptSectors)),
            ("Assessment:TrainingExemptUnions", string.Join(',', exemptUnions)));
        if (sector is { } s && exemptSectors.Contains(s))
        {
            return new RuleVerdict("R7", ComplianceStatus.NotApplicable, null, minimum, [], used, "exempt-sector");
        }

        if (exemptUnions.Contains(unionCode, StringComparer.OrdinalIgnoreCase))
        {
            return new RuleVerdict("R7", ComplianceStatus.NotApplicable, null, minimum, [], used, "exempt-union");
        }

        return certified is { } c
            ? new RuleVerdict("R7", RuleVerdict.AtLeast(c.Count, minimum), c.Count, minimum, c.Evidence, used)
            : new RuleVerdict("R7", ComplianceStatus.NoData, null, minimum, [], used, "module:Training");
    }
}
