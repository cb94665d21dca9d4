using Gonghui.Features.HelpRequests.Rules;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>Help requests (issue 19, R13): the steps each state allows, routing, the two working-day deadlines, and tracking numbers nobody can guess or mistype.</summary>
public sealed class HelpRequestRulesTests
{
    private static readonly LegalCalendar Calendar = new CalendarSettings().Calendar();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(HelpRequestStatus.Received, "Accept,Transfer,Close")]
    [InlineData(HelpRequestStatus.Accepted, "Transfer,Contact,Reply,Close")]
    [InlineData(HelpRequestStatus.Contacted, "Reply,Close")]
    [InlineData(HelpRequestStatus.Replied, "Reply,Close,Rate")]
    [InlineData(HelpRequestStatus.Closed, "Rate")]
    public void Each_state_allows_its_own_steps(HelpRequestStatus status, string actions) =>
        Assert.Equal(actions, string.Join(',', Enum.GetValues<HelpRequestAction>().Where(a => HelpRequestRule.Allows(status, a))));

    [Fact]
    public void A_request_goes_to_the_covering_union_else_the_area_federation_else_the_district()
    {
        Assert.Equal((7L, HelpRoute.CoveringUnion), HelpRequestRule.Route(7, 9, 1));
        Assert.Equal((9L, HelpRoute.AreaFederation), HelpRequestRule.Route(null, 9, 1));
        Assert.Equal((1L, HelpRoute.District), HelpRequestRule.Route(null, null, 1));
    }

    [Fact]
    public void The_deadlines_count_working_days_past_weekends_and_the_National_Day_holiday()
    {
        Assert.Equal((D("2026-03-05"), D("2026-03-23")), HelpRequestRule.Deadlines(D("2026-03-02"), Calendar, 3, 15));
        // Received on 30 September 2025: 1–8 October off, Saturday 11 October worked.
        Assert.Equal((D("2025-10-11"), D("2025-10-28")), HelpRequestRule.Deadlines(D("2025-09-30"), Calendar, 3, 15));
    }

    [Theory]
    [InlineData("2026-03-05", "2026-03-05", "2026-04-01", true)]
    [InlineData("2026-03-06", "2026-03-05", "2026-04-01", false)]
    [InlineData(null, "2026-03-05", "2026-03-05", null)]
    [InlineData(null, "2026-03-05", "2026-03-06", false)]
    public void A_step_is_on_time_by_its_last_day(string? done, string due, string today, bool? onTime) =>
        Assert.Equal(onTime, HelpRequestRule.OnTime(done is null ? null : D(done), D(due), D(today)));

    [Fact]
    public void A_tracking_number_reads_back_in_any_case_and_grouping_and_one_wrong_or_swapped_character_is_caught()
    {
        var random = new Random(19);
        for (var n = 0; n < 500; n++)
        {
            var bytes = new byte[11];
            random.NextBytes(bytes);
            var number = TrackingNumber.New(bytes);
            Assert.Equal(12, number.Length);
            Assert.Equal(number, TrackingNumber.Normalise(TrackingNumber.Display(number).ToLowerInvariant()));
            Assert.Equal(number, TrackingNumber.Normalise(" " + number[..6] + " " + number[6..]));
            var i = random.Next(12);
            var other = TrackingNumber.Alphabet[(TrackingNumber.Alphabet.IndexOf(number[i]) + 1 + random.Next(30)) % 31];
            Assert.Null(TrackingNumber.Normalise(number[..i] + other + number[(i + 1)..]));
            var j = random.Next(11);
            if (number[j] != number[j + 1])
            {
                Assert.Null(TrackingNumber.Normalise(number[..j] + number[j + 1] + number[j] + number[(j + 2)..]));
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD-EFGH-JK")] // eleven characters
    [InlineData("0BCD-EFGH-JKMN")] // a zero is no character of the alphabet
    [InlineData("ABCD-EFGH-JKMNP")] // thirteen
    public void What_cannot_be_a_number_is_none(string? typed) => Assert.Null(TrackingNumber.Normalise(typed));
}
