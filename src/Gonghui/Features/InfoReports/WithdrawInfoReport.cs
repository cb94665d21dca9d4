using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.InfoReports;

/// <summary><c>DELETE /api/v1/info-reports/{id}?version=</c>: the sender withdraws a report nobody has answered or passed on yet.</summary>
public sealed class WithdrawInfoReport(GonghuiDbContext db, RecordDocuments documents, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await db.Set<InfoReport>().IgnoreQueryFilters().Include(r => r.Trail).Where(r => r.Id == id)
            .Select(r => new { Report = r, r.Union!.Path }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Outcome.NotFound;
        }

        if (!actor.CanWriteRegistryUnder(found.Path))
        {
            return Outcome.Forbidden;
        }

        if (found.Report.Trail.Any(s => s.Action != InfoReportAction.Submitted))
        {
            return Outcome.Conflict(t["Info.AlreadyHandled"]);
        }

        return (await documents.DeleteWithDocumentsAsync(InfoReportDocuments.Owner.Owner, id, found.Report, version, ct)).ToOutcome(t["Info.AlreadyHandled"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, WithdrawInfoReport h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("WithdrawInfoReport");
}
