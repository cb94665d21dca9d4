using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkforceReports;

/// <summary>
/// <c>PUT /api/v1/workforce-reports/{id}</c>: the figures and narrative, with the version read. A submitted report may be
/// corrected; its submission date stays, so a correction never makes a late report on time.
/// </summary>
public sealed class UpdateWorkforceReport(GonghuiDbContext db, WorkforceReportReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<WorkforceReportDto>> HandleAsync(long id, WorkforceReportInput input, CancellationToken ct)
    {
        var found = await reader.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<WorkforceReportDto>();
        }

        var report = found.Value!;
        var e = new ValidationErrors();
        if (input.Version is null)
        {
            e.Add("version", t["Field.VersionRequired"]);
        }

        // The union and quarter are the report's identity; only its content changes.
        var (figures, narrative) = reader.Check(input with { Year = report.Year, Quarter = report.Quarter }, e);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        report.Figures = figures!;
        report.Narrative = narrative!;
        if (input.RolledUpFrom is int from)
        {
            report.RolledUpFrom = Math.Max(0, from);
        }

        return await db.TrySaveAsync(report, input.Version, ct) ? (await reader.ReadAsync(id, ct, ignoreScope: true))! : Outcome.Stale;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, WorkforceReportInput input, UpdateWorkforceReport h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateWorkforceReport");
}
