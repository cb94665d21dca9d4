using Gonghui.Features.Bargaining.Rules;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>Day counts as rules.md's "Day counts" and the Civil Code (art. 201, 203) write them, on the shipped notices.</summary>
public sealed class LegalCalendarTests
{
    private static readonly LegalCalendar Calendar = new CalendarSettings().Calendar();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_20_day_answer_deadline_ending_on_1_October_2025_moves_past_the_National_Day_holiday_to_9_October()
    {
        var verdict = AnswerDeadlineRule.Evaluate(D("2025-09-11"), null, D("2025-10-09"), Calendar);
        Assert.Equal((D("2025-10-09"), D("2025-10-01"), DayKind.Holiday), (verdict.LastDay, verdict.MovedFrom, verdict.MovedBecause));
        Assert.Equal(DeadlineState.Pending, verdict.State);
        Assert.Equal(DeadlineState.Overdue, AnswerDeadlineRule.Evaluate(D("2025-09-11"), null, D("2025-10-10"), Calendar).State);
        Assert.Equal(DeadlineState.OnTime, AnswerDeadlineRule.Evaluate(D("2025-09-11"), D("2025-10-09"), D("2025-12-01"), Calendar).State);
    }

    [Fact]
    public void A_last_day_on_a_weekend_moves_to_the_Monday_and_says_it_was_a_rest_day()
    {
        // 10 days after Wednesday 4 March 2026 is Saturday 14 March.
        var verdict = FilingDeadlineRule.Evaluate(D("2026-03-04"), null, D("2026-03-01"), Calendar);
        Assert.Equal((D("2026-03-16"), D("2026-03-14"), DayKind.RestDay), (verdict.LastDay, verdict.MovedFrom, verdict.MovedBecause));
    }

    [Fact]
    public void A_last_day_on_an_adjusted_working_Saturday_stands()
    {
        // 11 October 2025 was a Saturday worked for the National Day holiday.
        var verdict = Deadline.Evaluate(D("2025-10-01"), 10, DayCount.CalendarDaysMovedPastDaysOff, Calendar, null, D("2025-10-01"));
        Assert.Equal((D("2025-10-11"), (DateOnly?)null), (verdict.LastDay, verdict.MovedFrom));
    }

    [Fact]
    public void A_calendar_day_count_never_moves()
    {
        var verdict = Deadline.Evaluate(D("2025-09-11"), 20, DayCount.CalendarDays, Calendar, null, D("2025-09-11"));
        Assert.Equal((D("2025-10-01"), (DateOnly?)null), (verdict.LastDay, verdict.MovedFrom));
    }

    [Fact]
    public void Fifteen_working_days_skip_the_holiday_week_and_count_the_adjusted_working_days()
    {
        // From Friday 26 September 2025: Sun 28 Sep (worked), 29, 30; 1–8 October off; 9, 10, Sat 11 Oct (worked), 13–17, 20–23.
        Assert.Equal(D("2025-10-23"), Deadline.Evaluate(D("2025-09-26"), 15, DayCount.WorkingDays, Calendar, null, D("2025-09-26")).LastDay);
        Assert.Equal(D("2025-09-28"), Calendar.AddWorkingDays(D("2025-09-26"), 1));
        Assert.Equal(D("2025-10-09"), Calendar.AddWorkingDays(D("2025-09-26"), 4));
    }

    [Theory]
    [InlineData("2026-02-14", DayKind.AdjustedWorkingDay)]
    [InlineData("2026-02-15", DayKind.Holiday)]
    [InlineData("2026-02-23", DayKind.Holiday)]
    [InlineData("2026-02-24", DayKind.WorkingDay)]
    [InlineData("2026-02-28", DayKind.AdjustedWorkingDay)]
    [InlineData("2026-03-01", DayKind.RestDay)]
    [InlineData("2020-02-01", DayKind.Holiday)] // the Spring Festival extended to 2 February; the Saturday no longer worked
    [InlineData("2015-09-03", DayKind.Holiday)] // the 70th anniversary of the victory
    [InlineData("2015-09-06", DayKind.AdjustedWorkingDay)]
    [InlineData("2027-10-01", DayKind.WorkingDay)] // no notice yet: a Friday is a working day
    public void Each_day_is_what_its_years_notice_says(string day, DayKind kind) => Assert.Equal(kind, Calendar.KindOf(D(day)));

    [Fact]
    public void Every_shipped_notice_reads_back_as_written_and_holds_its_statutory_days()
    {
        var definitions = CalendarSettings.Definitions.Where(d => d.PlanDefault.Length > 0).ToList();
        Assert.Equal(Enumerable.Range(2015, 12), definitions.Select(d => (int)d.Min));
        foreach (var d in definitions)
        {
            var notice = HolidayNotice.Parse((int)d.Min, d.PlanDefault);
            Assert.NotNull(notice);
            Assert.Equal(d.PlanDefault, notice.Format());
            // New Year's Day, Labour Day and National Day are days off every year; no adjusted working day is a weekday.
            Assert.Contains(new DateOnly(notice.Year, 1, 1), notice.DaysOff);
            Assert.Contains(new DateOnly(notice.Year, 5, 1), notice.DaysOff);
            Assert.Contains(new DateOnly(notice.Year, 10, 1), notice.DaysOff);
            Assert.All(notice.WorkingDays, w => Assert.True(w.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{w} is a weekday"));
        }
    }

    [Theory]
    [InlineData("01-01..01-03 | 01-04", "01-01..01-03 | 01-04")]
    [InlineData("01-03，01-01～01-02｜1-4", "01-01..01-03 | 01-04")]
    [InlineData("", "")]
    [InlineData("02-30", null)]
    [InlineData("01-05..01-01", null)]
    [InlineData("01-01 | 01-01", null)]
    [InlineData("01-01 | 01-02 | 01-03", null)]
    [InlineData("2027-01-01", null)]
    public void A_notice_is_read_liberally_and_refused_when_it_names_a_day_it_cannot_be(string text, string? written) =>
        Assert.Equal(written, HolidayNotice.Parse(2027, text)?.Format());

    [Fact]
    public void A_year_the_district_sets_is_laid_over_the_shipped_ones()
    {
        var settings = new CalendarSettings { Years = new() { ["2027"] = "10-01..10-07 | 09-26", ["2025"] = "01-01" } };
        var calendar = settings.Calendar();
        Assert.True(calendar.Knows(2027));
        Assert.Equal(DayKind.Holiday, calendar.KindOf(D("2027-10-04")));
        Assert.Equal(DayKind.AdjustedWorkingDay, calendar.KindOf(D("2027-09-26")));
        Assert.Equal(DayKind.WorkingDay, calendar.KindOf(D("2025-10-02"))); // 2025 as the district rewrote it
    }
}
