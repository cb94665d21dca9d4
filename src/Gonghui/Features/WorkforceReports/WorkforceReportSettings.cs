using Gonghui.Features.WorkforceReports.Rules;
using Gonghui.Infrastructure.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.WorkforceReports;

/// <summary>R12's parameter: a district setting (configuration section <c>WorkforceReports</c> for its default).</summary>
public sealed record WorkforceReportSettings : IDistrictSettingsSection
{
    public static string Section => "WorkforceReports";

    public static IEnumerable<SettingDefinition> Definitions =>
        [new("WorkforceReports:DueDays", "R12", SettingKind.Count, QuarterlyReportRule.DefaultDueDays.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, 90)];

    /// <summary>Days after the quarter ends that its report is due.</summary>
    public int DueDays { get; init; } = QuarterlyReportRule.DefaultDueDays;

    public QuarterlyReportVerdict Evaluate(int year, int quarter, DateOnly? submittedOn, DateOnly today, LegalCalendar calendar) =>
        QuarterlyReportRule.Evaluate(year, quarter, submittedOn, today, calendar, DueDays);
}
