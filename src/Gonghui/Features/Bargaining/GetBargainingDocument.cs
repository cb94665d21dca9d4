using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/negotiations/{id}/documents/{documentId}</c> (and the same under contracts): the document's bytes; the download is audited.</summary>
public sealed class GetBargainingDocument(GonghuiDbContext db, BargainingDocuments documents, AttachmentStore store)
{
    public async Task<(Attachment Attachment, Stream Content)?> HandleAsync(string owner, long id, long documentId, CancellationToken ct)
    {
        if (!await documents.ReadableAsync(owner, id, ct) || await store.OpenAsync(owner, id, documentId, ct) is not { } found)
        {
            return null;
        }

        db.RecordEvent("download", nameof(Attachment), documentId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{owner} {id}: {found.Attachment.FileName}", found.Attachment.UnionId);
        await db.SaveChangesAsync(ct);
        return found;
    }

    public static void Map(RouteGroupBuilder g, string owner) =>
        g.MapGet("/{documentId:long}", async (long id, long documentId, GetBargainingDocument h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(owner, id, documentId, ct) is { } found
                    ? Results.File(found.Content, found.Attachment.ContentType, found.Attachment.FileName)
                    : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .RequireAuthorization(Policies.ReadOrganisation)
            .WithName($"Get{(owner == BargainingDocuments.Negotiation ? "Negotiation" : "Contract")}Document");
}
