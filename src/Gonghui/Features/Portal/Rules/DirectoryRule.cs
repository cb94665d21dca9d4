namespace Gonghui.Features.Portal.Rules;

/// <summary>
/// R13's directory: a union is findable when its chair and a phone are public (the plan: "the chair shows their identity,
/// contact details public"); the district asks a share of the unions under each industrial union to be so.
/// </summary>
public static class DirectoryRule
{
    /// <summary>By default every union: the plan makes the chair's name and a phone public for all.</summary>
    public const decimal DefaultCompletenessTarget = 1m;

    public static bool IsComplete(string? chairName, string? phone) => !string.IsNullOrWhiteSpace(chairName) && !string.IsNullOrWhiteSpace(phone);
}
