using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/negotiations/{id}/documents</c> and <c>/collective-contracts/{id}/documents</c> (multipart: <c>file</c>,
/// <c>label</c>): a step's document or the contract's full text; PDF, Word, Excel, images or text, up to 20 MB.
/// </summary>
public sealed class AddBargainingDocument(GonghuiDbContext db, BargainingDocuments documents, AttachmentStore store, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<DocumentDto>> HandleAsync(string owner, long id, string? label, string fileName, Stream content, CancellationToken ct)
    {
        var union = await documents.WritableUnionAsync(owner, id, ct);
        if (!union.IsOk)
        {
            return union.Failed<DocumentDto>();
        }

        if (label is null || !BargainingDocuments.Labels[owner].Contains(label))
        {
            return Outcome.Invalid("label", t["Attachment.Label", string.Join(", ", BargainingDocuments.Labels[owner])]);
        }

        var added = await store.AddAsync(owner, id, union.Value, label, fileName, content, ct);
        if (!added.IsOk)
        {
            return added.Failed<DocumentDto>();
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no file: a failed save must not leave bytes nobody can reach.
            AttachmentStore.DeleteFiles([store.PathOf(added.Value!)]);
            throw;
        }

        return BargainingDocuments.ToDto(added.Value!);
    }

    public static void Map(RouteGroupBuilder g, string owner) =>
        g.MapPost("/", async (long id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? label, AddBargainingDocument h, Problems p, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return ((Outcome<DocumentDto>)Outcome.Invalid("file", t["Import.FileRequired"])).ToHttp(p, TypedResults.Ok);
                }

                await using var content = file.OpenReadStream();
                return (await h.HandleAsync(owner, id, label, file.FileName, content, ct)).ToHttp(p, d => TypedResults.Created($"/api/v1/{BargainingDocuments.PathOf(owner)}/{id}/documents/{d.Id}", d));
            })
            .DisableAntiforgery() // the sign-in cookie is SameSite=Lax: no other site can post here with it
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AttachmentStore.MaxBytes + (1 << 20)))
            .WithFormOptions(multipartBodyLengthLimit: AttachmentStore.MaxBytes + (1 << 20))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName($"Add{(owner == BargainingDocuments.Negotiation ? "Negotiation" : "Contract")}Document");
}
