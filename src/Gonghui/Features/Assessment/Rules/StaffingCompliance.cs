using Gonghui.Features.Officers.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>R18 as a compliance verdict (<see cref="StaffingRule"/>): officers in post on the day against 3 + ⌊members ÷ 5,000⌋ by default.</summary>
public static class StaffingCompliance
{
    public static RuleVerdict Evaluate(int members, IReadOnlyList<Evidence> officers, int baseOfficers, int membersPerOfficer)
    {
        var verdict = StaffingRule.Evaluate(members, officers.Count, baseOfficers, membersPerOfficer);
        return new RuleVerdict("R18", verdict.Met ? ComplianceStatus.Met : ComplianceStatus.NotMet, verdict.Actual, verdict.Required, officers,
            RuleVerdict.Used(("Officers:BaseOfficers", baseOfficers), ("Officers:MembersPerOfficer", membersPerOfficer), ("members", members)));
    }
}
