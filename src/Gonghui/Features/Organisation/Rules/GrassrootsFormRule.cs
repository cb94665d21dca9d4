namespace Gonghui.Features.Organisation.Rules;

/// <summary>How a grassroots union is organised (L9).</summary>
public enum GrassrootsForm
{
    /// <summary>A grassroots union committee (工会委员会).</summary>
    Committee,

    /// <summary>A union organiser (工会组织员) instead of a committee.</summary>
    Organiser,

    /// <summary>Part of a joint grassroots union with other small employers (联合基层工会).</summary>
    Joint,
}

/// <summary>The verdict, with the figures it was reached on.</summary>
/// <param name="Members">All the union's members.</param>
/// <param name="LargestEmployer">The most members any one employer has in it: what a joint union is judged on.</param>
public sealed record GrassrootsFormVerdict(bool Met, int Members, int LargestEmployer, int Threshold, GrassrootsForm Form);

/// <summary>
/// L9 (Trade Union Law): an organisation with 25 or more members sets up a grassroots union committee; with fewer it
/// may set one up alone, join with others, or elect an organiser. The 25 is per employer: a joint union of several
/// small enterprises may have more members in all, but an employer with 25 of them in it needs its own committee. An
/// organiser serves one organisation, judged on all its members.
/// </summary>
public static class GrassrootsFormRule
{
    public const int DefaultThreshold = 25;

    /// <param name="membersPerEmployer">The union's members counted by employer (one figure for a single organisation).</param>
    public static GrassrootsFormVerdict Evaluate(GrassrootsForm form, IReadOnlyCollection<int> membersPerEmployer, int threshold = DefaultThreshold)
    {
        var (members, largest) = (membersPerEmployer.Sum(), membersPerEmployer.DefaultIfEmpty(0).Max());
        var met = form switch
        {
            GrassrootsForm.Committee => true,
            GrassrootsForm.Joint => largest < threshold,
            _ => members < threshold,
        };
        return new(met, members, largest, threshold, form);
    }
}
