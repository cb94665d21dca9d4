using Gonghui.Features.Congresses.Rules;
using Gonghui.Features.OpenAffairs;
using Gonghui.Features.OpenAffairs.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>L10, the election rules and R2's open affairs (issue 17) at their boundaries.</summary>
public sealed class CongressRulesTests
{
    [Theory]
    [InlineData(20, 30, true)]  // two thirds exactly
    [InlineData(19, 30, false)] // one short
    [InlineData(67, 100, true)]
    [InlineData(66, 100, false)] // 66 % is under two thirds
    [InlineData(31, 30, false)]  // more present than entitled is a mistake, not a quorum
    [InlineData(0, 0, false)]
    public void L10_a_congress_is_valid_with_two_thirds_present(int present, int entitled, bool met)
    {
        Assert.Equal(met, QuorumRule.Met(present, entitled));
        if (entitled > 0)
        {
            Assert.True(QuorumRule.Met(QuorumRule.Needed(entitled), entitled));
            Assert.False(QuorumRule.Met(QuorumRule.Needed(entitled) - 1, entitled));
        }
    }

    [Theory]
    [InlineData(16, 30, true)]  // more than half exactly
    [InlineData(15, 30, false)] // half is not more than half
    [InlineData(16, 31, true)]
    [InlineData(15, 31, false)]
    public void L10_more_than_half_of_those_entitled(int votes, int entitled, bool met)
    {
        Assert.Equal(met, MajorityRule.Met(votes, entitled));
        Assert.True(MajorityRule.Met(MajorityRule.Needed(entitled), entitled));
        Assert.False(MajorityRule.Met(MajorityRule.Needed(entitled) - 1, entitled));
    }

    [Theory]
    [InlineData(100, 100, false)]
    [InlineData(100, 101, true)] // one more returned than issued
    public void An_election_with_more_ballots_returned_than_issued_is_void(int issued, int returned, bool isVoid)
    {
        Assert.Equal(isVoid, BallotRule.Void(issued, returned));
        var count = ElectionCountRule.Count(1, 101, issued, returned, [new CandidateVotes(1, 90)]);
        Assert.Equal(isVoid ? ElectionOutcome.Void : ElectionOutcome.Complete, count.Outcome);
    }

    [Theory]
    [InlineData(20, 21, true)]  // 5 % of 20 is one
    [InlineData(20, 20, false)]
    [InlineData(21, 23, true)]  // 5 % of 21 rounds up to two
    [InlineData(21, 22, false)]
    [InlineData(7, 8, true)]
    [InlineData(7, 7, false)]
    public void Committee_candidates_exceed_seats_by_the_margin(int seats, int candidates, bool met) =>
        Assert.Equal(met, CompetitiveMarginRule.Met(candidates, seats, CompetitiveMarginRule.DefaultMargin));

    [Fact]
    public void Without_two_thirds_voting_the_election_is_invalid() =>
        Assert.Equal(ElectionOutcome.NoQuorum, ElectionCountRule.Count(1, 30, 30, 19, [new CandidateVotes(1, 19)]).Outcome);

    [Fact]
    public void The_elected_need_more_than_half_of_those_entitled_not_of_those_voting()
    {
        // 30 entitled, 24 voted: 15 votes is a majority of the voters but not of the entitled.
        var count = ElectionCountRule.Count(2, 30, 30, 24, [new CandidateVotes(1, 16), new CandidateVotes(2, 15), new CandidateVotes(3, 8)]);
        Assert.Equal(ElectionOutcome.Runoff, count.Outcome);
        Assert.Equal([1L], count.Elected);
        Assert.Equal([2L, 3L], count.RunoffCandidates);
        Assert.Equal(1, count.RunoffSeats);
    }

    [Fact]
    public void A_tie_for_the_last_seat_goes_to_a_further_round_of_the_tied()
    {
        var count = ElectionCountRule.Count(2, 30, 30, 30, [new CandidateVotes(1, 25), new CandidateVotes(2, 20), new CandidateVotes(3, 20), new CandidateVotes(4, 16)]);
        Assert.Equal(ElectionOutcome.Runoff, count.Outcome);
        Assert.Equal([1L], count.Elected);
        Assert.Equal([2L, 3L], count.RunoffCandidates);
        Assert.Equal(1, count.RunoffSeats);
    }

    [Fact]
    public void More_with_a_majority_than_seats_elects_the_most_voted()
    {
        var count = ElectionCountRule.Count(2, 30, 30, 30, [new CandidateVotes(1, 25), new CandidateVotes(2, 22), new CandidateVotes(3, 20)]);
        Assert.Equal(ElectionOutcome.Complete, count.Outcome);
        Assert.Equal([1L, 2L], count.Elected);
    }

    [Fact]
    public void A_further_round_still_short_leaves_the_seat_vacant()
    {
        var count = ElectionCountRule.Count(1, 30, 30, 28, [new CandidateVotes(2, 14), new CandidateVotes(3, 14)], furtherRound: true);
        Assert.Equal(ElectionOutcome.Shortfall, count.Outcome);
        Assert.Empty(count.Elected);
    }

    [Theory]
    [InlineData("2026-12-31", true)]
    [InlineData("2026-09-30", false)] // the resolutions go up on the first of October: not yet
    public void R2_each_category_on_the_district_list_is_published_in_the_year(string asOf, bool met)
    {
        (AffairsCategory, DateOnly)[] items =
        [
            (AffairsCategory.Finances, new DateOnly(2026, 3, 1)), (AffairsCategory.Elections, new DateOnly(2026, 5, 1)),
            (AffairsCategory.Resolutions, new DateOnly(2026, 10, 1)), (AffairsCategory.Resolutions, new DateOnly(2025, 12, 31)),
        ];
        var verdict = OpenAffairsRule.Evaluate(2026, items, OpenAffairsRule.DefaultRequired, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(met, verdict.Met);
        Assert.Equal(met ? [] : [AffairsCategory.Resolutions], verdict.Missing);
    }
}
