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

/// <summary>A report of a case to one recipient against its time limit.</summary>
public sealed record ReportingVerdict(WarningLevel Level, DateTime OpenedAt, TimeSpan Limit, DateTime DueAt, DateTime? ReportedAt, bool Overdue);

/// <summary>
/// R15: a warning case is reported to the District Federation and to the labour department within a time set per
/// level — by default levels I and II at once (24 hours), III within 3 days, IV within the week. Times are instants;
/// a report exactly at the limit is on time.
/// </summary>
public static class ReportingDeadlineRule
{
    public static TimeSpan DefaultLimit(WarningLevel level) => level switch
    {
        WarningLevel.I or WarningLevel.II => TimeSpan.FromHours(24),
        WarningLevel.III => TimeSpan.FromDays(3),
        _ => TimeSpan.FromDays(7),
    };

    public static ReportingVerdict Evaluate(WarningLevel level, DateTime openedAt, DateTime? reportedAt, DateTime now, TimeSpan? limit = null)
    {
        var allowed = limit ?? DefaultLimit(level);
        var due = openedAt + allowed;
        return new ReportingVerdict(level, openedAt, allowed, due, reportedAt, reportedAt is { } at ? at > due : now > due);
    }
}
