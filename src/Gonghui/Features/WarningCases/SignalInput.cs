using System.ComponentModel.DataAnnotations;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>A signal as staff enter it; <c>WorkforceReportId</c> when it comes from a quarterly report's arrears.</summary>
public sealed record SignalInput(SignalKind? Kind, DateOnly? ObservedOn, int? WorkersInvolved, [property: MaxLength(2000)] string? Description, long? WorkforceReportId)
{
    /// <summary>Checks the signal (fields prefixed, e.g. <c>signal.kind</c>) and makes it; null when invalid.</summary>
    public async Task<WarningSignal?> CheckAsync(GonghuiDbContext db, WarningSettings settings, IStringLocalizer t, ValidationErrors e, string prefix, CancellationToken ct)
    {
        var before = e.Count;
        if (Kind is null)
        {
            e.Add($"{prefix}kind", t["Warning.SignalKindRequired"]);
        }

        if (ObservedOn is not { } on || on > LocalizationSetup.Today)
        {
            e.Add($"{prefix}observedOn", t["Bargaining.DateInvalid"]);
        }

        if (WorkersInvolved is not (>= 0 and <= 1_000_000))
        {
            e.Add($"{prefix}workersInvolved", t["Warning.WorkersInvalid"]);
        }
        else if (Kind == SignalKind.CollectiveIncident && WorkersInvolved < settings.CollectiveIncidentWorkers)
        {
            e.Add($"{prefix}workersInvolved", t["Warning.IncidentTooSmall", settings.CollectiveIncidentWorkers]);
        }

        var description = e.Required(t, $"{prefix}description", Description, 2000, "Warning.DescriptionRequired");
        if (WorkforceReportId is long reportId)
        {
            if (Kind is not (SignalKind.WageArrears or SignalKind.SocialInsuranceArrears))
            {
                e.Add($"{prefix}workforceReportId", t["Warning.ReportSignalKind"]);
            }
            else if (!await db.Set<WorkforceReport>().AnyAsync(r => r.Id == reportId, ct))
            {
                e.Add($"{prefix}workforceReportId", t["Warning.ReportMissing"]);
            }
        }

        return e.Count > before
            ? null
            : new WarningSignal { Kind = Kind!.Value, ObservedOn = ObservedOn!.Value, WorkersInvolved = WorkersInvolved!.Value, Description = description!, WorkforceReportId = WorkforceReportId };
    }
}
