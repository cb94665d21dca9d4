using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary><c>DELETE /api/v1/annual-plans/{id}?version=</c>: a draft plan entered by mistake, with its documents; an assessed one is kept.</summary>
public sealed class DeleteAnnualPlan(AnnualPlanRecords records, RecordDocuments documents, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await records.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        return found.Value.Plan.Status != AnnualPlanStatus.Draft
            ? Outcome.Conflict(t["Plan.NotDraft"])
            : (await documents.DeleteWithDocumentsAsync(AnnualPlanDocuments.Owner.Owner, id, found.Value.Plan, version, ct)).ToOutcome(t["Plan.NotDraft"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteAnnualPlan h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteAnnualPlan");
}
