using Gonghui.Features.DemocraticManagement;
using Gonghui.Infrastructure.Rules;
using Gonghui.Features.Assessment;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Bargaining;
using Gonghui.Features.Organisation;

namespace Gonghui.Tests.Unit;

/// <summary>Each measured rule of rules.md as a compliance verdict, from its row, boundaries included.</summary>
public sealed class ComplianceRulesTests
{
    private static readonly LegalCalendar Calendar = new CalendarSettings().Calendar();

    private static Evidence Record(string kind, long id, DateOnly on) => new(kind, id, $"{kind} {id}", on, $"/api/v1/{kind}s/{id}", "/");

    private static Evidence[] Officers(int count) => Enumerable.Range(1, count).Select(i => Record("officer", i, new DateOnly(2020, 1, 1))).ToArray();

    [Theory]
    [InlineData(4999, 3, ComplianceStatus.Met, 3)]
    [InlineData(5000, 3, ComplianceStatus.NotMet, 4)]
    [InlineData(5000, 4, ComplianceStatus.Met, 4)]
    [InlineData(12000, 4, ComplianceStatus.NotMet, 5)]
    [InlineData(12000, 5, ComplianceStatus.Met, 5)]
    public void R18_three_officers_plus_one_for_every_5000_members(int members, int officers, ComplianceStatus status, int required)
    {
        var verdict = StaffingCompliance.Evaluate(members, Officers(officers), 3, 5000);
        Assert.Equal(("R18", status, (decimal?)officers, (decimal?)required), (verdict.Rule, verdict.Status, verdict.Value, verdict.Threshold));
        Assert.Equal(officers, verdict.Evidence.Count);
        Assert.Equal("5000", verdict.Parameters["Officers:MembersPerOfficer"]);
    }

    [Fact]
    public void R18_base_and_step_are_the_districts() =>
        Assert.Equal(4, StaffingCompliance.Evaluate(4000, Officers(4), 2, 2000).Threshold);

    [Theory]
    [InlineData(0, ComplianceStatus.NotMet)]
    [InlineData(1, ComplianceStatus.Met)]
    public void R11_at_least_one_joint_meeting_a_year(int meetings, ComplianceStatus status)
    {
        var held = Enumerable.Range(1, meetings).Select(i => Record("joint-meeting", i, new DateOnly(2025, 6, 18))).Append(Record("joint-meeting", 9, new DateOnly(2024, 6, 18))).ToList();
        var verdict = JointMeetingCompliance.Evaluate(2025, held, new DateOnly(2025, 12, 31), 1);
        Assert.Equal((status, (decimal?)meetings, (decimal?)1), (verdict.Status, verdict.Value, verdict.Threshold));
        Assert.Equal(Enumerable.Range(1, meetings).Select(i => (long?)i), verdict.Evidence.Select(e => e.Id)); // last year's meeting is not counted
    }

    [Fact]
    public void R11_a_meeting_booked_for_December_does_not_meet_the_year_in_March_and_is_listed_as_planned()
    {
        var booked = new[] { Record("joint-meeting", 1, new DateOnly(2026, 12, 10)) };
        var march = JointMeetingCompliance.Evaluate(2026, booked, new DateOnly(2026, 3, 15), 1);
        Assert.Equal((ComplianceStatus.NotMet, (decimal?)0, false), (march.Status, march.Value, march.Evidence.Single().Meets));
        var december = JointMeetingCompliance.Evaluate(2026, booked, new DateOnly(2026, 12, 10), 1);
        Assert.Equal((ComplianceStatus.Met, (decimal?)1, true), (december.Status, december.Value, december.Evidence.Single().Meets));
    }

    [Theory]
    [InlineData(15, ComplianceStatus.Met)]
    [InlineData(16, ComplianceStatus.NotMet)]
    public void R12_a_report_one_day_late_fails_the_year(int aprilDay, ComplianceStatus status)
    {
        var quarters = new[]
        {
            new QuarterFacts(1, new DateOnly(2025, 4, aprilDay), Record("workforce-report", 1, new DateOnly(2025, 4, aprilDay))),
            new QuarterFacts(2, new DateOnly(2025, 7, 10), Record("workforce-report", 2, new DateOnly(2025, 7, 10))),
            new QuarterFacts(3, new DateOnly(2025, 10, 15), Record("workforce-report", 3, new DateOnly(2025, 10, 15))),
            new QuarterFacts(4, new DateOnly(2026, 1, 5), Record("workforce-report", 4, new DateOnly(2026, 1, 5))),
        };
        var verdict = QuarterlyReportCompliance.Evaluate(2025, quarters, new DateOnly(2026, 3, 1), Calendar, 15);
        Assert.Equal((status, (decimal?)(status == ComplianceStatus.Met ? 4 : 3), (decimal?)4), (verdict.Status, verdict.Value, verdict.Threshold));
        Assert.Equal([1L, 2, 3, 4], verdict.Evidence.Select(e => e.Id!.Value));
        Assert.Equal([status == ComplianceStatus.Met, true, true, true], verdict.Evidence.Select(e => e.Meets!.Value));
    }

    [Fact]
    public void R12_counts_only_the_quarters_due_by_the_day_asked()
    {
        var onTime = new[] { new QuarterFacts(1, new DateOnly(2026, 4, 2), null), new QuarterFacts(2, new DateOnly(2026, 7, 14), null) };
        var verdict = QuarterlyReportCompliance.Evaluate(2026, onTime, new DateOnly(2026, 10, 15), Calendar, 15);
        Assert.Equal((ComplianceStatus.Met, (decimal?)2, (decimal?)2), (verdict.Status, verdict.Value, verdict.Threshold)); // Q3 is due on 15 October
        var missing = QuarterlyReportCompliance.Evaluate(2026, onTime, new DateOnly(2026, 10, 16), Calendar, 15);
        Assert.Equal((ComplianceStatus.NotMet, (decimal?)2, (decimal?)3), (missing.Status, missing.Value, missing.Threshold));
        Assert.Equal((ComplianceStatus.NotApplicable, "not-yet-due"), (QuarterlyReportCompliance.Evaluate(2026, [], new DateOnly(2026, 4, 15), Calendar, 15) is var v ? (v.Status, v.Reason) : default));
    }

    [Fact]
    public void R15_every_case_reported_within_its_limit()
    {
        var limits = RuleVerdict.Used(("WarningCases:ReportingHours:I", 24));
        var a = new CaseFacts(Record("warning-case", 1, new DateOnly(2025, 3, 1)), true);
        var b = new CaseFacts(Record("warning-case", 2, new DateOnly(2025, 5, 1)), false);
        Assert.Equal((ComplianceStatus.Met, (decimal?)1, (decimal?)1), WarningReportingCompliance.Evaluate([a], limits) is var met ? (met.Status, met.Value, met.Threshold) : default);
        var late = WarningReportingCompliance.Evaluate([a, b], limits);
        Assert.Equal((ComplianceStatus.NotMet, (decimal?)1, (decimal?)2), (late.Status, late.Value, late.Threshold));
        Assert.Equal([1L, 2], late.Evidence.Select(e => e.Id!.Value));
        Assert.Equal([true, false], late.Evidence.Select(e => e.Meets!.Value));
        Assert.Equal((ComplianceStatus.NotApplicable, "no-cases"), WarningReportingCompliance.Evaluate([], limits) is var none ? (none.Status, none.Reason) : default);
    }

    [Theory]
    [InlineData(1, 1, ComplianceStatus.Met, null)]
    [InlineData(0, 1, ComplianceStatus.NotMet, null)]
    [InlineData(1, 0, ComplianceStatus.NotMet, "no-study-session")]
    public void R17_a_hearing_of_the_union_and_a_study_session_every_year(int hearings, int sessions, ComplianceStatus status, string? reason)
    {
        var heard = Enumerable.Range(1, hearings).Select(i => Record("leadership-hearing", i, new DateOnly(2025, 3, 18))).ToList();
        var studied = Enumerable.Range(10, sessions).Select(i => Record("study-session", i, new DateOnly(2025, 6, 25))).ToList();
        var verdict = LeadershipCompliance.Evaluate(2025, heard, studied, 1, 1);
        Assert.Equal((status, (decimal?)hearings, reason), (verdict.Status, verdict.Value, verdict.Reason));
        Assert.Equal(hearings + sessions, verdict.Evidence.Count);
    }

    [Theory]
    [InlineData(80, 100, ComplianceStatus.Met)]
    [InlineData(79, 100, ComplianceStatus.NotMet)]
    public void R1_membership_rate_against_the_districts_target(long members, long employees, ComplianceStatus status)
    {
        var verdict = MembershipRateRule.Evaluate(members, employees, 0.8m, []);
        Assert.Equal((status, (decimal?)(members / (decimal)employees)), (verdict.Status, verdict.Value));
        Assert.Equal((ComplianceStatus.NoData, "no-employees"), MembershipRateRule.Evaluate(0, 0, 0.8m, []) is var v ? (v.Status, v.Reason) : default);
    }

    [Fact]
    public void R5_an_industry_wage_contract_covering_every_required_topic()
    {
        var five = IndustryContractRule.DefaultTopics;
        var complete = new ContractFacts(Record("collective-contract", 1, new DateOnly(2025, 1, 1)), five.ToList());
        var four = new ContractFacts(Record("collective-contract", 2, new DateOnly(2025, 1, 1)), five.Skip(1).ToList());
        Assert.Equal(ComplianceStatus.Met, IndustryContractRule.Evaluate([complete, four], five).Status);
        var missing = IndustryContractRule.Evaluate([four], five);
        Assert.Equal((ComplianceStatus.NotMet, (decimal?)0, 1), (missing.Status, missing.Value, missing.Evidence.Count));
        Assert.Equal(ComplianceStatus.Met, IndustryContractRule.Evaluate([four], [ClauseTopic.RestAndLeave]).Status);
    }

    [Theory]
    [InlineData(10, 8, ComplianceStatus.Met)]
    [InlineData(10, 7, ComplianceStatus.NotMet)]
    [InlineData(0, 0, ComplianceStatus.NoData)]
    public void R6_contract_coverage_of_the_unions_enterprises(int enterprises, int covered, ComplianceStatus status) =>
        Assert.Equal(status, ContractCoverageRule.Evaluate(enterprises, covered, 0.8m, [], new DemocracyRates(enterprises, 0, 0, 0, 0, 0)).Status);

    [Theory]
    [InlineData(0, 0, ComplianceStatus.Met)]       // targets 0: the rates are shown, not counted
    [InlineData(0.5, 0, ComplianceStatus.Met)]     // 5 of 10 held a congress: exactly the target
    [InlineData(0.6, 0, ComplianceStatus.NotMet)]  // the congress rate short of its target
    [InlineData(0, 0.4, ComplianceStatus.NotMet)]  // 3 of 10 published factory affairs, short of 40%
    public void R6_carries_the_unions_democratic_management_rates_and_counts_those_the_district_targets(double congressTarget, double affairsTarget, ComplianceStatus status)
    {
        var verdict = ContractCoverageRule.Evaluate(10, 9, 0.8m, [], new DemocracyRates(10, 5, 4, 3, 2, 1), (decimal)congressTarget, (decimal)affairsTarget);
        Assert.Equal(status, verdict.Status);
        Assert.Equal([0.5m, 0.3m, 0.2m, 0.1m], verdict.Figures!.Select(f => f.Value!.Value));
        Assert.Equal(congressTarget > 0 ? (decimal)congressTarget : null, verdict.Figures![0].Threshold);
        Assert.Equal(congressTarget > 0 ? 0.5m >= (decimal)congressTarget : null, verdict.Figures![0].Meets);
        Assert.Equal("0.4", affairsTarget > 0 ? verdict.Parameters["Assessment:FactoryAffairsTarget"] : "0.4");
    }

    [Theory]
    [InlineData(IndustrySector.Education, "", ComplianceStatus.NotApplicable, "exempt-sector")]
    [InlineData(IndustrySector.Healthcare, "", ComplianceStatus.NotApplicable, "exempt-sector")]
    [InlineData(IndustrySector.Services, "CY-FW", ComplianceStatus.NotApplicable, "exempt-union")]
    [InlineData(IndustrySector.Services, "", ComplianceStatus.NoData, "module:Training")]
    public void R7_exemptions_decide_and_the_rest_wait_for_the_training_module(IndustrySector sector, string exemptUnions, ComplianceStatus status, string reason)
    {
        var settings = new AssessmentSettings { TrainingExemptUnions = exemptUnions };
        var verdict = TrainingRule.Evaluate("CY-FW", sector, null, settings.CertifiedWorkers, settings.ExemptSectors, settings.ExemptUnions);
        Assert.Equal((status, reason, (decimal?)100), (verdict.Status, verdict.Reason, verdict.Threshold));
    }

    [Theory]
    [InlineData(99, ComplianceStatus.NotMet)]
    [InlineData(100, ComplianceStatus.Met)]
    public void R7_at_least_100_certified_workers_once_they_are_recorded(int certified, ComplianceStatus status) =>
        Assert.Equal(status, TrainingRule.Evaluate("CY-ZZ", IndustrySector.Manufacturing, (certified, []), 100, [IndustrySector.Education], []).Status);
}
