using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>DELETE /api/v1/negotiations/{id}?version=</c>: removes one entered by mistake. Refused once a draft exists: a
/// negotiation that ends without a contract is closed (<c>POST …/closure</c>), not deleted.
/// </summary>
public sealed class DeleteNegotiation(GonghuiDbContext db, AttachmentStore store, NegotiationReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        if (found.Value!.ContractId is not null)
        {
            return Outcome.Conflict(t["Bargaining.HasDraft"]);
        }

        var files = await store.RemoveAsync(NegotiationDocuments.Owner.Owner, id, null, ct);
        db.Remove(found.Value);
        if (!await db.TrySaveAsync(found.Value, version, ct))
        {
            return Outcome.Stale;
        }

        AttachmentStore.DeleteFiles(files);
        return true;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteNegotiation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteNegotiation");
}
