using System.Text.Json.Serialization;

namespace Gonghui.Features.WarningCases.Rules;

/// <summary>Early-warning levels, I the most severe.</summary>
public enum WarningLevel
{
    // Roman numerals as written, not kebab-cased like other enums ("i").
    [JsonStringEnumMemberName("I")]
    I = 1,
    [JsonStringEnumMemberName("II")]
    II = 2,
    [JsonStringEnumMemberName("III")]
    III = 3,
    [JsonStringEnumMemberName("IV")]
    IV = 4,
}

/// <summary>A level a case held, from when.</summary>
public sealed record LevelHeld(WarningLevel Level, DateTime Since);

/// <summary>A report of a case to one recipient against its time limit.</summary>
/// <param name="Level">The level whose clock decides the due time (the one that runs out first).</param>
/// <param name="OpenedAt">When that level's clock started.</param>
public sealed record ReportingVerdict(WarningLevel Level, DateTime OpenedAt, TimeSpan Limit, DateTime DueAt, DateTime? ReportedAt, bool Overdue);

/// <summary>
/// R15: a warning case is reported to the District Federation and to the labour department within a time set per
/// level — by default levels I and II at once (24 hours), III within 3 days, IV within the week. Times are instants
/// (no day count: the clock runs through nights, rest days and holidays); a report exactly at the limit is on time.
/// Each level the case has held starts its own clock and the earliest due time holds: raising a level shortens a
/// clock, never lengthens one already running (a case overdue at IV stays overdue when it is raised to III).
/// </summary>
public static class ReportingDeadlineRule
{
    public static TimeSpan DefaultLimit(WarningLevel level) => level switch
    {
        WarningLevel.I or WarningLevel.II => TimeSpan.FromHours(24),
        WarningLevel.III => TimeSpan.FromDays(3),
        _ => TimeSpan.FromDays(7),
    };

    /// <param name="levels">Every level the case has held, from its opening (<see cref="History"/>).</param>
    /// <param name="limit">The district's limit per level; the plan's defaults when null.</param>
    public static ReportingVerdict Evaluate(IReadOnlyList<LevelHeld> levels, DateTime? reportedAt, DateTime now, Func<WarningLevel, TimeSpan>? limit = null)
    {
        var governing = levels.Select(l => (Held: l, Limit: (limit ?? DefaultLimit)(l.Level))).MinBy(x => x.Held.Since + x.Limit);
        var due = governing.Held.Since + governing.Limit;
        return new ReportingVerdict(governing.Held.Level, governing.Held.Since, governing.Limit, due, reportedAt, reportedAt is { } at ? at > due : now > due);
    }

    /// <summary>
    /// The levels a case has held: the one it opened at (what its first change raised it from, or its level now) from
    /// its opening, then each change's new level from the change.
    /// </summary>
    public static IReadOnlyList<LevelHeld> History(WarningLevel current, DateTime openedAt, IEnumerable<(DateTime At, WarningLevel From, WarningLevel To)> changes)
    {
        var ordered = changes.OrderBy(c => c.At).ToList();
        return [new LevelHeld(ordered.Count > 0 ? ordered[0].From : current, openedAt), .. ordered.Select(c => new LevelHeld(c.To, c.At))];
    }
}
