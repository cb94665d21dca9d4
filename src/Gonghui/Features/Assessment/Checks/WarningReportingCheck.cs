using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R15: the warning cases each industrial union's unions opened in the year (Beijing time), and their reporting.</summary>
public sealed class WarningReportingCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IComplianceCheck
{
    public string Rule => "R15";

    public string Module => "WarningCases";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var settings = context.Settings.Get<WarningSettings>();
        var (from, to) = (Instant(context.From), Instant(context.To.AddDays(1)));
        var cases = await db.Set<WarningCase>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OpenedAt >= from && c.OpenedAt < to)
            .OrderBy(c => c.OpenedAt)
            .Select(c => new
            {
                c.Id, c.Title, c.Union!.Path, c.Level, c.OpenedAt, Reports = c.Reports.Select(r => new { r.Recipient, r.ReportedAt }).ToList(),
                Changes = c.LevelChanges.Select(l => new { l.At, l.From, l.To }).ToList(),
            })
            .ToListAsync(ct);
        var limits = RuleVerdict.Used(Enum.GetValues<WarningLevel>().Select(l => ($"WarningCases:ReportingHours:{l}", (object)settings.ReportingLimit(l).TotalHours)).ToArray());
        return context.Unions.ToDictionary(u => u.Id, u => WarningReportingCompliance.Evaluate(
            cases.Where(c => context.Owner(c.Path) == u).Select(c => new CaseFacts(
                new Evidence("warning-case", c.Id, $"{t["Home.Level", c.Level]} · {c.Title}", DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(c.OpenedAt, LocalizationSetup.Shanghai)),
                    $"/api/v1/warning-cases/{c.Id}", $"/mechanisms/warning-cases?open={c.Id}"),
                Enum.GetValues<ReportRecipient>().All(recipient => !ReportingDeadlineRule.Evaluate(ReportingDeadlineRule.History(c.Level, c.OpenedAt, c.Changes.Select(l => (l.At, l.From, l.To))),
                    c.Reports.Where(r => r.Recipient == recipient).Select(r => (DateTime?)r.ReportedAt).Min(), context.Now, settings.ReportingLimit).Overdue))).ToList(),
            limits));
    }

    private static DateTime Instant(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), LocalizationSetup.Shanghai);
}
