using Gonghui.Features.Stations.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>A station open at the day asked, run by the union or one under it, with its score of the year if scored.</summary>
public sealed record StationFacts(bool Integrated, decimal? Total, Evidence Evidence);

/// <summary>A Workers' Home (职工之家) built by the day asked by a grassroots union under the union.</summary>
public sealed record HomeFacts(long UnionId, bool Integrated, Evidence Evidence);

/// <summary>The targets R3 is held to, as the district set them.</summary>
public sealed record FrontlineTargets(int Threshold, decimal StandardisedTarget, decimal StationIntegratedTarget, decimal HomesBuiltTarget, decimal HomeIntegratedTarget,
    int CommendedMinimum);

/// <summary>
/// R3 for one industrial union and year, in five parts, each a figure against the district's target:
/// <list type="bullet">
/// <item>stations standardised: the share of its stations scored in the year at or above the threshold
/// (<see cref="StandardisationRule"/>);</item>
/// <item>stations run as one with their union (会站合一);</item>
/// <item>Workers' Homes built: the share of its grassroots unions with a Workers' Home;</item>
/// <item>homes run as one with their union (会家合一);</item>
/// <item>titles in force: homes' titles given by the year and not revoked by the day asked, at least the minimum.</item>
/// </list>
/// A union with no station fails both station parts; the home shares are not judged where there is nothing to take a
/// share of (no grassroots union, no home). Met when every part judged is; the verdict's figure is the parts met.
/// </summary>
public static class FrontlineCompliance
{
    public static RuleVerdict Evaluate(IReadOnlyList<StationFacts> stations, int grassroots, IReadOnlyList<HomeFacts> homes, IReadOnlyList<Evidence> titles, FrontlineTargets targets)
    {
        decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
        RuleFigure Rate(string key, int part, int whole, decimal target, bool failWhenNone) =>
            new(key, Share(part, whole), target, whole == 0 ? (failWhenNone ? false : null) : (decimal)part / whole >= target);

        var standardised = stations.Count(s => s.Total is { } total && StandardisationRule.Standardised(total, targets.Threshold));
        var withHome = homes.Select(h => h.UnionId).Distinct().Count();
        RuleFigure[] figures =
        [
            Rate("stationsStandardised", standardised, stations.Count, targets.StandardisedTarget, failWhenNone: true),
            Rate("stationsIntegrated", stations.Count(s => s.Integrated), stations.Count, targets.StationIntegratedTarget, failWhenNone: true),
            Rate("homesBuilt", Math.Min(withHome, grassroots), grassroots, targets.HomesBuiltTarget, failWhenNone: false),
            Rate("homesIntegrated", homes.Count(h => h.Integrated), homes.Count, targets.HomeIntegratedTarget, failWhenNone: false),
            new RuleFigure("homesCommended", titles.Count, targets.CommendedMinimum, titles.Count >= targets.CommendedMinimum, IsRate: false),
        ];
        var judged = figures.Where(f => f.Meets is not null).ToList();
        var met = judged.Count(f => f.Meets == true);
        IReadOnlyList<Evidence> evidence =
        [
            .. stations.Select(s => s.Evidence with { Meets = s.Total is { } total ? StandardisationRule.Standardised(total, targets.Threshold) : false }),
            .. homes.Select(h => h.Evidence with { Meets = h.Integrated }),
            .. titles,
        ];
        return new RuleVerdict("R3", met == judged.Count ? ComplianceStatus.Met : ComplianceStatus.NotMet, met, judged.Count, evidence,
            RuleVerdict.Used(("Stations:Threshold", targets.Threshold), ("Stations:StandardisedTarget", targets.StandardisedTarget), ("Stations:IntegratedTarget", targets.StationIntegratedTarget),
                ("WorkersHomes:BuiltTarget", targets.HomesBuiltTarget), ("WorkersHomes:IntegratedTarget", targets.HomeIntegratedTarget), ("WorkersHomes:CommendedMinimum", targets.CommendedMinimum)),
            Figures: figures);
    }
}
