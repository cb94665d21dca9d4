namespace Gonghui.Features.Stations.Rules;

/// <summary>
/// R3 (stations standardised): a station's score is its points over the checklist's weights, out of 100, to one decimal
/// rounded down (so 79.96 is not yet 80); it is standardised at the district's threshold or above. The plan names no
/// checklist: the default weights and threshold are the district's own (settings).
/// </summary>
public static class StandardisationRule
{
    public const int DefaultThreshold = 80;

    public static IReadOnlyDictionary<StationCheckItem, int> DefaultWeights { get; } = new Dictionary<StationCheckItem, int>
    {
        [StationCheckItem.Sign] = 15,
        [StationCheckItem.Premises] = 20,
        [StationCheckItem.Staff] = 15,
        [StationCheckItem.Hours] = 15,
        [StationCheckItem.Services] = 20,
        [StationCheckItem.Records] = 15,
    };

    /// <summary>Null when every weight is zero.</summary>
    public static decimal? Total(IEnumerable<(int Weight, int Points)> items)
    {
        var list = items.ToList();
        var weights = list.Sum(i => i.Weight);
        return weights == 0 ? null : Math.Floor(list.Sum(i => i.Points) * 1000m / weights) / 10m;
    }

    public static bool Standardised(decimal total, int threshold) => total >= threshold;
}
