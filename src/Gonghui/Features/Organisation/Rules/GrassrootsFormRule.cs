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
public sealed record GrassrootsFormVerdict(bool Met, int Members, int Threshold, GrassrootsForm Form);

/// <summary>
/// L9 (Trade Union Law): an organisation with 25 or more members sets up a grassroots union committee; with fewer it
/// may set one up alone, join with others, or elect an organiser. The threshold is a district setting.
/// </summary>
public static class GrassrootsFormRule
{
    public const int DefaultThreshold = 25;

    public static GrassrootsFormVerdict Evaluate(GrassrootsForm form, int members, int threshold = DefaultThreshold) =>
        new(members < threshold || form == GrassrootsForm.Committee, members, threshold, form);
}
