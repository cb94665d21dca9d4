namespace Gonghui.Features.OpenAffairs.Rules;

/// <summary>A union's year of open affairs against the district's list: what it published, and what it still owes.</summary>
public sealed record OpenAffairsVerdict(int Published, IReadOnlyList<AffairsCategory> Covered, IReadOnlyList<AffairsCategory> Missing, bool Met);

/// <summary>
/// R2 (open union affairs): each year a union publishes at least one item of every category on the district's list
/// (default: finances and the use of funds, elections and appointments, the congress's resolutions). Only items
/// published by the day asked count.
/// </summary>
public static class OpenAffairsRule
{
    public static readonly IReadOnlyList<AffairsCategory> DefaultRequired = [AffairsCategory.Finances, AffairsCategory.Elections, AffairsCategory.Resolutions];

    public static OpenAffairsVerdict Evaluate(int year, IEnumerable<(AffairsCategory Category, DateOnly PublishedOn)> items, IReadOnlyList<AffairsCategory> required, DateOnly asOf)
    {
        var counted = items.Where(i => i.PublishedOn.Year == year && i.PublishedOn <= asOf).ToList();
        var covered = counted.Select(i => i.Category).Distinct().Order().ToList();
        var missing = required.Distinct().Where(r => !covered.Contains(r)).Order().ToList();
        return new OpenAffairsVerdict(counted.Count, covered, missing, missing.Count == 0);
    }
}
