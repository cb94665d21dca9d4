using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Stations.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>R3 (issue 17): a station's score at the threshold and a hair under it, and R3's five parts.</summary>
public sealed class FrontlineRulesTests
{
    [Theory]
    [InlineData(80, 100, 80.0, true)] // exactly the threshold
    [InlineData(7998, 10000, 79.9, false)] // 79.98 rounds down: not yet 80
    [InlineData(0, 100, 0.0, false)]
    public void A_station_is_standardised_at_the_threshold_and_its_score_rounds_down(int points, int weight, decimal total, bool standardised)
    {
        Assert.Equal(total, StandardisationRule.Total([(weight, points)]));
        Assert.Equal(standardised, StandardisationRule.Standardised(total, StandardisationRule.DefaultThreshold));
    }

    [Fact]
    public void A_checklist_whose_weights_are_all_zero_gives_no_score()
    {
        Assert.Null(StandardisationRule.Total([(0, 0), (0, 0)]));
        Assert.Equal(100, StandardisationRule.DefaultWeights.Values.Sum());
    }

    private static readonly FrontlineTargets Targets = new(80, 0.8m, 0.5m, 0.6m, 0.5m, 1);

    private static Evidence Record(string kind, long id) => new(kind, id, $"{kind} {id}", new DateOnly(2025, 6, 1), "", "");

    [Fact]
    public void R3_is_met_when_every_part_judged_reaches_its_target()
    {
        StationFacts[] stations = [new(true, 80m, Record("service-station", 1)), new(true, 95m, Record("service-station", 2)), new(false, 85m, Record("service-station", 3)),
            new(false, 90m, Record("service-station", 4)), new(true, 79.9m, Record("service-station", 5))];
        HomeFacts[] homes = [new(11, true, Record("workers-home", 1)), new(12, true, Record("workers-home", 2)), new(13, false, Record("workers-home", 3))];
        var verdict = FrontlineCompliance.Evaluate(stations, 5, homes, [Record("home-title", 1)], Targets);
        // 4 of 5 standardised (80%), 3 of 5 as one (60%), 3 of 5 unions with a home (60%), 2 of 3 homes as one, one title.
        Assert.Equal((ComplianceStatus.Met, (decimal?)5, (decimal?)5), (verdict.Status, verdict.Value, verdict.Threshold));
        Assert.Equal([0.8m, 0.6m, 0.6m, 0.6667m, 1m], verdict.Figures!.Select(f => f.Value!.Value));
        Assert.False(verdict.Evidence.Single(e => e.Kind == "service-station" && e.Id == 5).Meets);

        var short1 = FrontlineCompliance.Evaluate(stations.Take(4).Append(new StationFacts(true, null, Record("service-station", 6))).ToList(), 5, homes, [], Targets);
        Assert.Equal((ComplianceStatus.NotMet, (decimal?)4, (decimal?)5), (short1.Status, short1.Value, short1.Threshold)); // no title in force
    }

    [Fact]
    public void R3_without_stations_fails_their_parts_and_does_not_judge_homes_where_there_are_none()
    {
        var verdict = FrontlineCompliance.Evaluate([], 0, [], [], Targets);
        Assert.Equal((ComplianceStatus.NotMet, (decimal?)0, (decimal?)3), (verdict.Status, verdict.Value, verdict.Threshold));
        Assert.Equal([false, false, null, null, false], verdict.Figures!.Select(f => f.Meets));
    }
}
