using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Representatives;
using Gonghui.Features.Representatives.Rules;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>R12's representatives' proposals (issue 17) at their boundaries: answered on the due day or one day after, reopened once and no more, and R12 with its proposal figures.</summary>
public sealed class ProposalRulesTests
{
    private static readonly DateOnly Due = new(2025, 5, 1);

    [Theory]
    [InlineData("2025-05-01", "2025-06-01", true)] // on the due day itself
    [InlineData("2025-05-02", "2025-06-01", false)] // one day late
    [InlineData(null, "2025-05-01", null)] // unanswered, the due day not over yet
    [InlineData(null, "2025-05-02", false)] // unanswered a day after: overdue
    public void An_answer_is_on_time_up_to_and_including_its_due_day(string? answered, string today, bool? onTime)
    {
        var round = new ProposalRoundFacts(Due, answered is null ? null : DateOnly.Parse(answered, System.Globalization.CultureInfo.InvariantCulture), null);
        Assert.Equal(onTime, ProposalRule.OnTime(round, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(answered is null && onTime == false, ProposalRule.Overdue(round, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Only_an_unsatisfied_first_round_may_be_reopened()
    {
        var unsatisfied = new ProposalRoundFacts(Due, Due, ProposalRating.Dissatisfied);
        Assert.True(ProposalRule.CanReopen([unsatisfied]));
        Assert.False(ProposalRule.CanReopen([unsatisfied with { Rating = ProposalRating.BasicallySatisfied }]));
        Assert.False(ProposalRule.CanReopen([unsatisfied, unsatisfied])); // reopened once already
        Assert.False(ProposalRule.CanReopen([]));
        Assert.Equal(ProposalRating.Satisfied, ProposalRule.FinalRating([unsatisfied, new ProposalRoundFacts(Due, Due, ProposalRating.Satisfied)]));
    }

    [Fact]
    public void A_tally_counts_each_round_due_and_each_proposal_s_final_rating()
    {
        var today = new DateOnly(2025, 12, 31);
        IReadOnlyList<ProposalRoundFacts>[] proposals =
        [
            [new(Due, Due.AddDays(9), ProposalRating.Dissatisfied), new(Due.AddDays(60), Due.AddDays(60), ProposalRating.BasicallySatisfied)],
            [new(Due, null, null)],
            [new(today.AddDays(10), null, null)], // not due yet: not judged
        ];
        var tally = ProposalRule.Tally(proposals, today);
        Assert.Equal(new ProposalTally(3, 1, 1, 1, 1), tally);
        Assert.Equal((0.3333m, 1m), (tally.OnTimeRate, tally.SatisfactionRate));
        Assert.Equal((null, null), (ProposalRule.Tally([], today).OnTimeRate, ProposalRule.Tally([], today).SatisfactionRate));
    }

    [Theory]
    [InlineData(9, 1, true)] // 9 of 10 on time: exactly the target of 90%
    [InlineData(8, 2, false)] // 8 of 10: short
    public void R12_holds_proposals_answered_on_time_to_the_target(int onTime, int late, bool met)
    {
        var proposals = Enumerable.Range(0, onTime + late)
            .Select(i => new ProposalFacts([new ProposalRoundFacts(Due, i < onTime ? Due : Due.AddDays(1), ProposalRating.Satisfied)], new Evidence("proposal", i, "提案", Due, "", "")))
            .ToList();
        var verdict = QuarterlyReportCompliance.Evaluate(2025, [], new DateOnly(2025, 3, 1), new CalendarSettings().Calendar(), 15, new ProposalPart(proposals, 0.9m, 0.8m));
        Assert.Equal(met ? ComplianceStatus.Met : ComplianceStatus.NotMet, verdict.Status); // no quarterly report due yet on 1 March
        Assert.Equal(met, verdict.Figures!.Single(f => f.Key == "proposalsOnTime").Meets);
        Assert.Equal(late, verdict.Evidence.Count(e => e.Meets == false));
    }

    [Fact]
    public void R12_does_not_apply_while_neither_a_report_nor_a_proposal_is_due()
    {
        var pending = new ProposalFacts([new ProposalRoundFacts(new DateOnly(2025, 4, 1), null, null)], new Evidence("proposal", 1, "提案", Due, "", ""));
        var verdict = QuarterlyReportCompliance.Evaluate(2025, [], new DateOnly(2025, 3, 1), new CalendarSettings().Calendar(), 15, new ProposalPart([pending], 0.9m, 0.8m));
        Assert.Equal((ComplianceStatus.NotApplicable, "not-yet-due"), (verdict.Status, verdict.Reason));
        Assert.All(verdict.Figures!, f => Assert.Null(f.Meets));
    }
}
