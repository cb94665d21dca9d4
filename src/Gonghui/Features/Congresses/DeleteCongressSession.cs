using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>DELETE /api/v1/congress-sessions/{id}?version=</c>: a session entered by mistake, with its agenda and documents; one with elections stays.</summary>
public sealed class DeleteCongressSession(RecordDocuments documents, CongressReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableSessionAsync(id, ct);
        return found.IsOk ? (await documents.DeleteWithDocumentsAsync(SessionDocuments.Owner.Owner, id, found.Value!, version, ct)).ToOutcome(t["Congress.SessionReferenced"]) : found.Failed<bool>();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteCongressSession h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteCongressSession");
}
