using Gonghui.Features.Bargaining.Rules;
using Gonghui.Features.JointMeetings.Rules;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Features.WorkforceReports.Rules;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>The rules of the working mechanisms (issue 5) at their boundaries, from their rows in rules.md.</summary>
public sealed class MechanismRulesTests
{
    private static readonly LegalCalendar Calendar = new CalendarSettings().Calendar();

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void R11_at_least_one_joint_meeting_a_year(int meetings, bool met) =>
        Assert.Equal(met, JointMeetingRule.Evaluate(2026, Enumerable.Repeat(new DateOnly(2026, 6, 1), meetings).Append(new DateOnly(2025, 12, 31)), new DateOnly(2026, 12, 31)).Met);

    [Theory]
    [InlineData("2026-03-15", 0, 1, false)] // booked for December, judged in March: planned, not met
    [InlineData("2026-12-01", 1, 0, true)]  // the day of the meeting itself counts
    [InlineData("2026-11-30", 0, 1, false)]
    public void R11_a_meeting_dated_after_the_day_asked_is_planned_not_counted(string asOf, int held, int planned, bool met)
    {
        var verdict = JointMeetingRule.Evaluate(2026, [new DateOnly(2026, 12, 1)], DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((held, planned, met), (verdict.Meetings, verdict.Planned, verdict.Met));
    }

    [Theory]
    [InlineData(1, "2026-03-31")]
    [InlineData(2, "2026-06-30")]
    [InlineData(3, "2026-09-30")]
    [InlineData(4, "2026-12-31")]
    public void R12_quarters_end_where_the_calendar_says(int quarter, string end) =>
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), QuarterlyReportRule.QuarterEnd(2026, quarter));

    [Theory]
    [InlineData(15, DeadlineState.OnTime)]
    [InlineData(16, DeadlineState.Late)]
    public void R12_a_report_one_day_late(int day, DeadlineState state) =>
        Assert.Equal(state, QuarterlyReportRule.Evaluate(2026, 1, new DateOnly(2026, 3, 31).AddDays(day), new DateOnly(2026, 6, 1), Calendar).Deadline.State);

    [Theory]
    [InlineData("2026-06-30", false)] // the quarter's last day: not yet ended
    [InlineData("2026-07-01", true)]
    [InlineData("2026-04-02", false)]
    public void R12_a_second_quarter_report_may_be_sent_from_1_July(string day, bool may) =>
        Assert.Equal(may, QuarterlyReportRule.CanSubmitOn(2026, 2, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void R12_a_report_dated_before_its_quarter_ended_is_not_the_quarters_report()
    {
        var verdict = QuarterlyReportRule.Evaluate(2026, 2, new DateOnly(2026, 4, 2), new DateOnly(2026, 8, 1), Calendar);
        Assert.Equal((DeadlineState.Overdue, (DateOnly?)null), (verdict.Deadline.State, verdict.Deadline.DoneOn));
    }

    [Fact]
    public void R12_the_year_is_met_only_when_every_due_report_came_on_time()
    {
        var today = new DateOnly(2026, 8, 1);
        var onTime = new[] { QuarterlyReportRule.Evaluate(2026, 1, new DateOnly(2026, 4, 10), today, Calendar), QuarterlyReportRule.Evaluate(2026, 2, new DateOnly(2026, 7, 15), today, Calendar), QuarterlyReportRule.Evaluate(2026, 3, null, today, Calendar) };
        Assert.True(QuarterlyReportRule.YearMet(onTime));
        Assert.False(QuarterlyReportRule.YearMet(onTime.Append(QuarterlyReportRule.Evaluate(2026, 2, null, today, Calendar))));
    }

    [Theory]
    [InlineData(20, 1000, true)]   // 20 or more, whatever the workforce
    [InlineData(19, 1000, false)]
    [InlineData(10, 100, true)]    // under 20 but 10% exactly
    [InlineData(9, 100, false)]
    [InlineData(10, 101, false)]   // 9.9%
    [InlineData(19, 190, true)]    // 10.0%
    [InlineData(18, 182, false)]   // 9.89%
    public void L7_twenty_or_ten_percent(int laidoff, int workforce, bool covered) =>
        Assert.Equal(covered, LayoffRule.Evaluate(laidoff, workforce, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1)).RaisesWarning);

    [Theory]
    [InlineData(30, true)]
    [InlineData(29, false)]
    public void L7_thirty_days_notice(int days, bool met) =>
        Assert.Equal(met, LayoffRule.Evaluate(25, 200, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1).AddDays(days)).NoticeMet);

    [Theory]
    [InlineData(WarningLevel.I, 24, false)]
    [InlineData(WarningLevel.II, 25, true)]
    [InlineData(WarningLevel.III, 72, false)]
    [InlineData(WarningLevel.III, 73, true)]
    [InlineData(WarningLevel.IV, 168, false)]
    [InlineData(WarningLevel.IV, 169, true)]
    public void R15_reporting_limits_per_level(WarningLevel level, int hours, bool overdue)
    {
        var opened = new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        Assert.Equal(overdue, ReportingDeadlineRule.Evaluate([new LevelHeld(level, opened)], opened.AddHours(hours), opened.AddDays(30)).Overdue);
    }

    [Fact]
    public void R15_an_unreported_case_is_overdue_once_the_limit_passes()
    {
        var opened = new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        Assert.False(ReportingDeadlineRule.Evaluate([new LevelHeld(WarningLevel.I, opened)], null, opened.AddHours(23)).Overdue);
        Assert.True(ReportingDeadlineRule.Evaluate([new LevelHeld(WarningLevel.I, opened)], null, opened.AddHours(25)).Overdue);
    }

    [Fact]
    public void R15_raising_a_level_never_extends_a_clock_already_running()
    {
        // Opened at IV on 1 May (due 8 May); raised to III on 9 May, already overdue; reported on 10 May, within III's 72 hours.
        var opened = new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        var levels = ReportingDeadlineRule.History(WarningLevel.III, opened, [(opened.AddDays(8), WarningLevel.IV, WarningLevel.III)]);
        var verdict = ReportingDeadlineRule.Evaluate(levels, opened.AddDays(9), opened.AddDays(30));
        Assert.Equal((WarningLevel.IV, opened.AddDays(7), true), (verdict.Level, verdict.DueAt, verdict.Overdue));
    }

    [Fact]
    public void R15_raising_a_level_shortens_the_clock_when_the_new_limit_runs_out_first()
    {
        // Opened at IV on 1 May (due 8 May); raised to II on 2 May: due 24 hours later, 3 May.
        var opened = new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        var levels = ReportingDeadlineRule.History(WarningLevel.II, opened, [(opened.AddDays(1), WarningLevel.IV, WarningLevel.II)]);
        Assert.Equal(2, levels.Count);
        var verdict = ReportingDeadlineRule.Evaluate(levels, opened.AddDays(2).AddMinutes(1), opened.AddDays(30));
        Assert.Equal((WarningLevel.II, opened.AddDays(2), true), (verdict.Level, verdict.DueAt, verdict.Overdue));
        Assert.False(ReportingDeadlineRule.Evaluate(levels, opened.AddDays(2), opened.AddDays(30)).Overdue);
    }

    [Theory]
    [InlineData(9, "IV")]
    [InlineData(10, "III")]
    [InlineData(49, "III")]
    [InlineData(50, "II")]
    [InlineData(99, "II")]
    [InlineData(100, "I")]
    public void R15_level_by_workers_involved(int workers, string level) =>
        Assert.Equal(Enum.Parse<WarningLevel>(level), new WarningLevelRule().Evaluate(workers, ["Other"]).Level);

    [Theory]
    [InlineData("Bankruptcy", 3, "II")]
    [InlineData("CollectiveIncident", 12, "III")]
    [InlineData("Layoff", 5, "III")]
    [InlineData("WageArrears", 5, "IV")]
    [InlineData("Bankruptcy", 150, "I")]
    public void R15_some_signals_are_never_below_a_level_and_the_more_severe_stands(string kind, int workers, string level)
    {
        var verdict = new WarningLevelRule().Evaluate(workers, [kind]);
        Assert.Equal(Enum.Parse<WarningLevel>(level), verdict.Level);
        Assert.Equal(workers, verdict.WorkersInvolved);
    }

    [Fact]
    public void R15_district_thresholds_replace_the_defaults() =>
        Assert.Equal(WarningLevel.II, new WarningLevelRule { LevelIIWorkers = 20 }.Evaluate(20, []).Level);
}
