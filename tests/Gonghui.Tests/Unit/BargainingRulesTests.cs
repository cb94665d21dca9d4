using Gonghui.Features.Bargaining.Rules;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>The L rules of collective bargaining at their boundaries, from their rows in rules.md.</summary>
public sealed class BargainingRulesTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);

    /// <summary>A Tuesday whose twentieth day after is a Monday: L2's boundary without a day off in the way.</summary>
    private static readonly DateOnly March3 = new(2026, 3, 3);

    private static readonly LegalCalendar Calendar = new CalendarSettings().Calendar();

    [Theory]
    [InlineData(3, 3, 1, 1, true)]
    [InlineData(2, 2, 1, 1, false)]
    [InlineData(3, 4, 1, 1, false)]
    [InlineData(5, 5, 1, 1, true)]
    [InlineData(3, 3, 0, 1, false)]
    [InlineData(3, 3, 1, 2, false)]
    public void L1_equal_sides_of_at_least_three_with_one_chief_each(int union, int employer, int unionChiefs, int employerChiefs, bool met) =>
        Assert.Equal(met, BargainingTeamsRule.Evaluate(union, employer, unionChiefs, employerChiefs).Met);

    [Theory]
    [InlineData(20, DeadlineState.OnTime)]
    [InlineData(21, DeadlineState.Late)]
    public void L2_an_answer_on_day_20_is_on_time_and_on_day_21_late(int day, DeadlineState state)
    {
        var verdict = AnswerDeadlineRule.Evaluate(March3, March3.AddDays(day), March3.AddDays(40), Calendar);
        Assert.Equal((state, new DateOnly(2026, 3, 23)), (verdict.State, verdict.LastDay));
    }

    [Theory]
    [InlineData(20, DeadlineState.Pending)]
    [InlineData(21, DeadlineState.Overdue)]
    public void L2_an_unanswered_request_is_overdue_from_day_21(int today, DeadlineState state) =>
        Assert.Equal(state, AnswerDeadlineRule.Evaluate(March3, null, March3.AddDays(today), Calendar).State);

    [Theory]
    [InlineData(10, DeadlineState.OnTime)]
    [InlineData(11, DeadlineState.Late)]
    public void L5_filing_on_day_10_is_on_time_and_on_day_11_late(int day, DeadlineState state) =>
        Assert.Equal(state, FilingDeadlineRule.Evaluate(March1, March1.AddDays(day), March1.AddDays(30), Calendar).State);

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void L5_an_unfiled_contract_is_flagged_from_day_11(int today, bool flagged) =>
        Assert.Equal(flagged, FilingDeadlineRule.Evaluate(March1, null, March1.AddDays(today), Calendar).Flagged);

    [Theory]
    [InlineData(30, 20, 16, true, true)]   // exactly two thirds present; 16 of 30 is more than half
    [InlineData(30, 19, 16, false, true)]  // one short of two thirds
    [InlineData(30, 30, 15, true, false)]  // exactly half of all entitled is not more than half
    [InlineData(30, 20, 11, true, false)]  // a majority of those present, not of all entitled
    [InlineData(0, 0, 0, false, false)]
    public void L3_two_thirds_present_and_more_than_half_of_all_entitled_in_favour(int entitled, int present, int inFavour, bool quorate, bool approved)
    {
        var verdict = ContractVoteRule.Evaluate(entitled, present, inFavour);
        Assert.Equal((quorate, approved, quorate && approved), (verdict.Quorate, verdict.Approved, verdict.Passed));
    }

    [Theory]
    [InlineData("2025-01-01", "2025-12-31", true)]
    [InlineData("2025-01-01", "2025-12-30", false)]
    [InlineData("2025-01-01", "2027-12-31", true)]
    [InlineData("2025-01-01", "2028-01-01", false)]
    [InlineData("2025-01-01", "2028-12-31", false)] // a four-year term
    public void L4_a_term_of_one_to_three_years(string start, string end, bool met) =>
        Assert.Equal(met, ContractTermRule.Evaluate(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)).Met);

    [Fact]
    public void L4_renewal_may_be_proposed_in_the_three_months_before_expiry() =>
        Assert.Equal(new DateOnly(2027, 10, 1), ContractTermRule.Evaluate(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)).RenewalOpensOn);

    [Fact]
    public void L6_without_objection_in_effect_from_the_day_after_the_fifteenth()
    {
        var verdict = EffectiveDateRule.Evaluate(March1, null, null, Calendar);
        Assert.Equal((March1.AddDays(15), March1.AddDays(16)), (verdict.ObjectionClosesOn, verdict.EffectiveOn));
        Assert.False(verdict.InEffectOn(March1.AddDays(15)));
        Assert.True(verdict.InEffectOn(March1.AddDays(16)));
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void L6_an_objection_on_day_15_holds_the_contract_back_and_on_day_16_is_too_late(int day, bool timely)
    {
        var verdict = EffectiveDateRule.Evaluate(March1, March1.AddDays(day), null, Calendar);
        Assert.Equal(timely, verdict.ObjectionTimely);
        Assert.Equal(timely ? null : March1.AddDays(16), verdict.EffectiveOn);
    }

    [Fact]
    public void L6_a_resolved_objection_takes_effect_on_the_day_it_is_resolved() =>
        Assert.Equal(March1.AddDays(40), EffectiveDateRule.Evaluate(March1, March1.AddDays(5), March1.AddDays(40), Calendar).EffectiveOn);

    [Theory]
    [InlineData(36, true)]
    [InlineData(37, false)]
    public void L8_at_most_36_overtime_hours_a_month(int monthly, bool met) =>
        Assert.Equal(met, WorkingHoursRule.Evaluate(8, 40, 1, monthly).Met);

    [Fact]
    public void L8_names_every_limit_exceeded()
    {
        var verdict = WorkingHoursRule.Evaluate(9, 44, 4, 37);
        Assert.Equal(["dailyHours", "weeklyHours", "dailyOvertimeLimit", "monthlyOvertimeLimit"], verdict.Findings.Select(f => f.Measure));
        Assert.True(WorkingHoursRule.Evaluate(null, 40, null, null).Met);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(1.5, "dailyOvertimeNormal")] // above the normal hour: allowed only in special cases, flagged
    [InlineData(3, "dailyOvertimeNormal")]
    [InlineData(3.5, "dailyOvertimeLimit")]  // above the special-case limit: the stronger finding alone
    public void L8_daily_overtime_above_one_hour_is_flagged_and_above_three_flagged_as_beyond_any_case(double hours, string? finding) =>
        Assert.Equal(finding, WorkingHoursRule.Evaluate(8, 40, (decimal)hours, 36).Findings.SingleOrDefault()?.Measure);
}
