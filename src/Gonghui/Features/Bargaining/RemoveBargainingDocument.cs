using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Bargaining;

/// <summary><c>DELETE /api/v1/negotiations/{id}/documents/{documentId}</c> (and the same under contracts): a document uploaded by mistake.</summary>
public sealed class RemoveBargainingDocument(GonghuiDbContext db, BargainingDocuments documents, AttachmentStore store)
{
    public async Task<Outcome<bool>> HandleAsync(string owner, long id, long documentId, CancellationToken ct)
    {
        var union = await documents.WritableUnionAsync(owner, id, ct);
        if (!union.IsOk)
        {
            return union.Failed<bool>();
        }

        var files = await store.RemoveAsync(owner, id, documentId, ct);
        if (files.Count == 0)
        {
            return Outcome.NotFound;
        }

        await db.SaveChangesAsync(ct);
        AttachmentStore.DeleteFiles(files);
        return true;
    }

    public static void Map(RouteGroupBuilder g, string owner) =>
        g.MapDelete("/{documentId:long}", async (long id, long documentId, RemoveBargainingDocument h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(owner, id, documentId, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName($"Remove{(owner == BargainingDocuments.Negotiation ? "Negotiation" : "Contract")}Document");
}
