using System.Globalization;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Evaluations.Rules;
using Gonghui.Features.OpenAffairs;
using Gonghui.Features.OpenAffairs.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>R2's members' evaluation and R2 as a whole (issue 17) at their boundaries.</summary>
public sealed class DemocracyRulesTests
{
    [Theory]
    [InlineData(60, 20, 20, true)] // 80 of 100: exactly the target
    [InlineData(60, 19, 21, false)] // 79 of 100: one short
    [InlineData(0, 0, 0, false)] // no ballots, no rate
    [InlineData(4, 0, 1, true)] // 4 of 5
    [InlineData(3, 0, 1, false)] // 3 of 4 = 75%
    public void A_round_reaches_the_target_with_satisfied_and_basically_satisfied_over_the_ballots_counted(int satisfied, int basically, int dissatisfied, bool met)
    {
        Assert.Equal(met, SatisfactionRule.Met(satisfied, basically, dissatisfied, SatisfactionRule.DefaultTarget));
        Assert.Equal(satisfied + basically + dissatisfied == 0 ? null : Math.Round((decimal)(satisfied + basically) / (satisfied + basically + dissatisfied), 4),
            SatisfactionRule.Rate(satisfied, basically, dissatisfied));
    }

    [Fact]
    public void A_rate_is_exact_in_whole_ballots_even_where_the_decimal_would_round_up()
    {
        // 2 of 3 is 0.6667 when shown; against a target of 0.6667 it falls short by a third of a ballot in ten thousand.
        Assert.Equal(0.6667m, SatisfactionRule.Rate(2, 0, 1));
        Assert.False(SatisfactionRule.Met(2, 0, 1, 0.6667m));
        Assert.True(SatisfactionRule.Met(2, 0, 1, 0.6666m));
        Assert.True(SatisfactionRule.Met(int.MaxValue, int.MaxValue, int.MaxValue, 0.6666m));
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static Evidence E(string kind, long id) => new(kind, id, kind, null, "", "");

    private static SessionFacts Session(string heldOn, string termStarts, string termEnds, int present, long id = 1) =>
        new(D(heldOn), D(termStarts), D(termEnds), 30, present, E("congress-session", id));

    private static readonly NoticeFacts[] AllPublished =
        [new(AffairsCategory.Finances, D("2026-03-01"), E("affairs-notice", 10)), new(AffairsCategory.Elections, D("2026-03-01"), E("affairs-notice", 11)), new(AffairsCategory.Resolutions, D("2026-03-01"), E("affairs-notice", 12))];

    private static readonly EvaluationFacts[] Satisfied = [new(D("2026-06-01"), 80, 10, 10, E("evaluation", 20))];

    private static RuleVerdict R2(IReadOnlyList<SessionFacts> sessions, IReadOnlyList<NoticeFacts>? notices = null, IReadOnlyList<EvaluationFacts>? rounds = null, string asOf = "2026-12-31") =>
        DemocracyCompliance.Evaluate(2026, D(asOf), sessions, notices ?? AllPublished, OpenAffairsRule.DefaultRequired, rounds ?? Satisfied, SatisfactionRule.DefaultTarget);

    [Fact]
    public void A_congress_elected_in_an_earlier_year_holds_for_every_year_of_its_term()
    {
        var verdict = R2([Session("2024-05-10", "2024-05-10", "2029-05-09", 20)]);
        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(3, verdict.Value);
        Assert.True(verdict.Figures![0].Meets);
        Assert.Equal([1L, 10, 11, 12, 20], verdict.Evidence.Select(e => e.Id!.Value));
    }

    [Theory]
    [InlineData(20, true)] // two thirds of 30
    [InlineData(19, false)] // one short: the session is kept, invalid
    public void The_congress_part_needs_a_session_with_its_quorum(int present, bool met)
    {
        var verdict = R2([Session("2026-04-01", "2026-04-01", "2031-03-31", present)]);
        Assert.Equal(met, verdict.Figures![0].Meets);
        Assert.Equal(met ? ComplianceStatus.Met : ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(met, verdict.Evidence[0].Meets);
    }

    [Fact]
    public void A_term_that_ran_out_before_the_year_does_not_count_nor_a_session_after_the_day_asked()
    {
        Assert.Equal(0, R2([Session("2020-05-10", "2020-05-10", "2025-05-09", 30)]).Figures![0].Value);
        Assert.DoesNotContain(R2([Session("2020-05-10", "2020-05-10", "2025-05-09", 30)]).Evidence, e => e.Kind == "congress-session");
        // The term ends in the year: it was in force, and its session counts.
        Assert.Equal(1, R2([Session("2021-05-10", "2021-05-10", "2026-05-09", 30)]).Figures![0].Value);
        Assert.False(R2([Session("2026-11-01", "2026-11-01", "2031-10-31", 30)], asOf: "2026-10-31").Figures![0].Meets);
    }

    [Fact]
    public void Open_affairs_short_of_a_category_and_an_evaluation_under_the_target_each_fail_their_part()
    {
        var session = Session("2026-04-01", "2026-04-01", "2031-03-31", 30);
        var partial = R2([session], notices: AllPublished[..2]);
        Assert.Equal(ComplianceStatus.NotMet, partial.Status);
        Assert.Equal(2, partial.Value);
        Assert.Equal(0.6667m, partial.Figures![1].Value);

        var low = R2([session], rounds: [.. Satisfied, new EvaluationFacts(D("2026-06-01"), 50, 20, 30, E("evaluation", 21))]);
        Assert.Equal(ComplianceStatus.NotMet, low.Status);
        Assert.Equal(0.7m, low.Figures![2].Value); // the lowest round
        Assert.False(low.Figures[2].Meets);
        Assert.Equal([true, false], low.Evidence.Where(e => e.Kind == "evaluation").Select(e => e.Meets!.Value));

        var none = R2([session], rounds: [new EvaluationFacts(D("2025-06-01"), 100, 0, 0, E("evaluation", 22))]);
        Assert.Null(none.Figures![2].Value);
        Assert.False(none.Figures[2].Meets);
    }

    [Theory]
    [InlineData(10, 3, 5, 2, true, true, true)] // 30% women, half front-line, officers at 20%: each exactly at its target
    [InlineData(7, 2, 3, 2, false, false, false)] // 28.6% women, 42.9% front-line, 28.6% officers
    public void Representatives_make_up_at_its_targets(int serving, int women, int frontLine, int officers, bool womenMet, bool frontLineMet, bool officersMet)
    {
        var ratios = Gonghui.Features.Representatives.Rules.RepresentativeRatioRule.Evaluate(serving, women, frontLine, officers, 0.3m, 0.5m, 0.2m);
        Assert.Equal([womenMet, frontLineMet, officersMet], ratios.Select(r => r.Met!.Value));
        Assert.Equal([false, false, true], ratios.Select(r => r.AtMost));
    }

    [Fact]
    public void No_one_serving_has_no_make_up()
    {
        Assert.All(Gonghui.Features.Representatives.Rules.RepresentativeRatioRule.Evaluate(0, 0, 0, 0, 0.3m, 0.5m, 0.2m), r => Assert.Null(r.Met));
    }
}
