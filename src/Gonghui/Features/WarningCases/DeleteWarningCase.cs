using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary><c>DELETE /api/v1/warning-cases/{id}?version=</c>: a case opened by mistake, before anything was reported or mediated.</summary>
public sealed class DeleteWarningCase(RecordDocuments documents, WarningCaseReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        if (found.Value!.Reports.Count > 0 || found.Value.Mediations.Count > 0 || found.Value.Status == WarningCaseStatus.Closed)
        {
            return Outcome.Conflict(t["Warning.Kept"]);
        }

        return (await documents.DeleteWithDocumentsAsync(WarningCaseDocuments.Owner.Owner, id, found.Value, version, ct)).ToOutcome(t["Warning.Kept"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteWarningCase h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteWarningCase");
}
