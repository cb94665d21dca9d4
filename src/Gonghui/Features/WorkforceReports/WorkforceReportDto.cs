using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.WorkforceReports.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Rules;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkforceReports;

/// <summary>A report with its due date and where it stands against it (pending, on time, late, overdue).</summary>
/// <param name="DueMovedFrom">The due date as counted, when it fell on a day off and moved to <paramref name="DueOn"/>.</param>
public sealed record WorkforceReportDto(
    long Id, long UnionId, string UnionName, int Year, int Quarter, WorkforceFigures Figures, string Narrative, WorkforceReportStatus Status,
    DateOnly? SubmittedOn, DateOnly DueOn, DeadlineState Deadline, DateOnly? DueMovedFrom, DayKind? DueMovedBecause, int RolledUpFrom, long Version);

/// <summary>What a union enters for a quarter; <c>RolledUpFrom</c> says the figures came from the roll-up draft.</summary>
public sealed record WorkforceReportInput(long? UnionId, int? Year, int? Quarter, WorkforceFigures? Figures, [property: MaxLength(8000)] string? Narrative, int? RolledUpFrom, long? Version);

/// <summary>Reads, checks and finds reports for the use cases of the module.</summary>
public sealed class WorkforceReportReader(GonghuiDbContext db, CurrentActor actor, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    public async Task<WorkforceReportDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = db.Set<WorkforceReport>().AsNoTracking();
        if (ignoreScope)
        {
            query = query.IgnoreQueryFilters();
        }

        var row = await query.Where(r => r.Id == id).Select(r => new { Report = r, r.Union!.Name }).FirstOrDefaultAsync(ct);
        return row is null ? null : ToDto(row.Report, row.Name);
    }

    public WorkforceReportDto ToDto(WorkforceReport r, string unionName)
    {
        var verdict = district.Get<WorkforceReportSettings>().Evaluate(r.Year, r.Quarter, r.SubmittedOn, LocalizationSetup.Today, district.Calendar());
        return new WorkforceReportDto(r.Id, r.UnionId, unionName, r.Year, r.Quarter, r.Figures, r.Narrative, r.Status, r.SubmittedOn,
            verdict.Deadline.LastDay, verdict.Deadline.State, verdict.Deadline.MovedFrom, verdict.Deadline.MovedBecause, r.RolledUpFrom, r.Version);
    }

    /// <summary>The report, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<WorkforceReport>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<WorkforceReport>().IgnoreQueryFilters().Where(r => r.Id == id)
            .Select(r => new { Report = r, r.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Report : Outcome.Forbidden;
    }

    /// <summary>Checks the quarter, the figures and the narrative; a quarter not yet begun cannot be reported on.</summary>
    public (WorkforceFigures? Figures, string? Narrative) Check(WorkforceReportInput input, ValidationErrors e)
    {
        if (input.Year is not (>= 2000 and <= 2100) || input.Quarter is not (>= 1 and <= 4)
            || new DateOnly(input.Year.Value, (input.Quarter.Value * 3) - 2, 1) > LocalizationSetup.Today)
        {
            e.Add("quarter", t["Workforce.QuarterInvalid"]);
        }

        var f = input.Figures;
        if (f is null)
        {
            e.Add("figures", t["Workforce.FiguresRequired"]);
        }
        else
        {
            var counts = new[] { f.WorkersAtEnd, f.Hired, f.Left, f.WageArrearsEnterprises, f.WageArrearsWorkers, f.SocialInsuranceArrearsEnterprises, f.LaidOff, f.OvertimeComplaints, f.DisputesReceived, f.DisputesResolved };
            var amounts = new[] { f.AverageMonthlyPay, f.WageArrearsAmount, f.SocialInsuranceArrearsAmount };
            if (counts.Any(c => c < 0) || amounts.Any(a => a < 0))
            {
                e.Add("figures", t["Workforce.NegativeFigure"]);
            }
            else if (f.DisputesResolved > f.DisputesReceived)
            {
                e.Add("figures.disputesResolved", t["Workforce.ResolvedAboveReceived"]);
            }
            else if (f.WageArrearsWorkers > 0 && f.WageArrearsEnterprises == 0)
            {
                e.Add("figures.wageArrearsEnterprises", t["Workforce.ArrearsWithoutEnterprises"]);
            }
        }

        var narrative = e.Optional(t, "narrative", input.Narrative, 8000) ?? "";
        return (f, narrative);
    }
}
