using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.WorkforceReports.Rules;

/// <summary>One quarter's report against its due date.</summary>
public sealed record QuarterlyReportVerdict(int Year, int Quarter, DateOnly QuarterEnd, DeadlineVerdict Deadline);

/// <summary>
/// R12: one workforce-status analysis per union per quarter, due a set number of days after the quarter ends (default
/// 15: the first quarter's report, due 15 April, is late on the 16th). Missing reports are overdue once the day passes.
/// </summary>
public static class QuarterlyReportRule
{
    public const int DefaultDueDays = 15;

    public static DateOnly QuarterEnd(int year, int quarter) =>
        quarter is < 1 or > 4 ? throw new ArgumentOutOfRangeException(nameof(quarter)) : new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);

    public static QuarterlyReportVerdict Evaluate(int year, int quarter, DateOnly? submittedOn, DateOnly today, int dueDays = DefaultDueDays)
    {
        var end = QuarterEnd(year, quarter);
        return new QuarterlyReportVerdict(year, quarter, end, Deadline.Evaluate(end, dueDays, submittedOn, today));
    }

    /// <summary>The year's four quarters: met when every report that is due came on time.</summary>
    public static bool YearMet(IEnumerable<QuarterlyReportVerdict> quarters) =>
        quarters.All(q => q.Deadline.State is DeadlineState.OnTime or DeadlineState.Pending);
}
