using Gonghui.Features.WorkforceReports.Rules;

namespace Gonghui.Features.WorkforceReports;

/// <summary>R12's parameter (configuration section <c>WorkforceReports</c>); issue 6 moves it into the district settings.</summary>
public sealed record WorkforceReportSettings
{
    public const string Section = "WorkforceReports";

    /// <summary>Days after the quarter ends that its report is due.</summary>
    public int DueDays { get; init; } = QuarterlyReportRule.DefaultDueDays;

    public QuarterlyReportVerdict Evaluate(int year, int quarter, DateOnly? submittedOn, DateOnly today) =>
        QuarterlyReportRule.Evaluate(year, quarter, submittedOn, today, DueDays);
}
