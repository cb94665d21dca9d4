using Gonghui.Features.WorkforceReports.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkforceReports;

/// <summary>
/// <c>POST /api/v1/workforce-reports/{id}/submission</c> <c>{version}</c>: the report goes up, dated today (Beijing);
/// R12 counts it late when that is after the due day.
/// </summary>
public sealed class SubmitWorkforceReport(GonghuiDbContext db, WorkforceReportReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(long? Version);

    public Task<Outcome<WorkforceReportDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        Steps.RunAsync(db, id, request.Version, reader.FindWritableAsync, r =>
        {
            if (r.Status == WorkforceReportStatus.Submitted)
            {
                return Task.FromResult<Outcome?>(Outcome.Conflict(t["Workforce.AlreadySubmitted"]));
            }

            // An analysis of a quarter is of the quarter as it ended: sent before then it is not the quarter's report (R12).
            var end = QuarterlyReportRule.QuarterEnd(r.Year, r.Quarter);
            if (!QuarterlyReportRule.CanSubmitOn(r.Year, r.Quarter, LocalizationSetup.Today))
            {
                return Task.FromResult<Outcome?>(Outcome.RuleBroken("R12", t["Workforce.QuarterNotEnded", end.ToString("yyyy-MM-dd")]));
            }

            r.Status = WorkforceReportStatus.Submitted;
            r.SubmittedOn = LocalizationSetup.Today;
            return Task.FromResult<Outcome?>(null);
        }, async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/submission", async (long id, Request request, SubmitWorkforceReport h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SubmitWorkforceReport");
}
