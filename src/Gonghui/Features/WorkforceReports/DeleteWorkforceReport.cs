using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkforceReports;

/// <summary><c>DELETE /api/v1/workforce-reports/{id}?version=</c>: a draft only; a submitted report is the record R12 is assessed on.</summary>
public sealed class DeleteWorkforceReport(GonghuiDbContext db, WorkforceReportReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        if (found.Value!.Status == WorkforceReportStatus.Submitted)
        {
            return Outcome.Conflict(t["Workforce.SubmittedKept"]);
        }

        return (await db.TryDeleteAsync(found.Value, version, ct)).ToOutcome(t["Workforce.SubmittedKept"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteWorkforceReport h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteWorkforceReport");
}
