using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Files;

public sealed record DocumentDto(long Id, string Label, string FileName, long Size, string Sha256, string UploadedBy, DateTime UploadedAt);

/// <summary>
/// What a kind of record that keeps documents says about itself: its owner key in the attachment store, its collection
/// in the API (<c>/api/v1/{Collection}/{id}/documents</c>), the name its endpoints carry, and the labels a document may have.
/// A kind every role reads whatever its union (the district's registry of providers) keeps its documents with no union,
/// read by whoever may read the record. A kind whose documents' names could tell what it keeps sealed (a hardship
/// case's "diagnosis" or "income") stores each under its label and a random suffix instead, so no list, audit entry or
/// download shows the name it came with.
/// </summary>
public sealed record DocumentOwnerInfo(string Owner, string Collection, string Name, IReadOnlyList<string> Labels, bool WholeDistrict = false, bool NeutralNames = false);

/// <summary>A record kind with documents: who may add to a record's documents, who may read them (decision 0009).</summary>
public interface IDocumentOwner
{
    DocumentOwnerInfo Info { get; }

    /// <summary>The record's union when the actor may write it; 404 or 403 otherwise.</summary>
    Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct);

    /// <summary>Whether the actor may read the record (outside the scope it does not exist).</summary>
    Task<bool> ReadableAsync(long id, CancellationToken ct);
}

/// <summary>
/// The documents of any record kind: upload (multipart <c>file</c>, <c>label</c>; PDF, Word, Excel, images or text, up to
/// 20 MB), audited download, removal. Each kind maps them under its own collection with <see cref="Map{TOwner}"/>.
/// </summary>
public sealed class RecordDocuments(GonghuiDbContext db, AttachmentStore store, IStringLocalizer<SharedResource> t)
{
    public static DocumentDto ToDto(Attachment a) => new(a.Id, a.Label, a.FileName, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt);

    /// <summary>A record's documents, oldest first, for its DTO.</summary>
    public static async Task<List<DocumentDto>> ListAsync(GonghuiDbContext db, DocumentOwnerInfo owner, long id, CancellationToken ct) =>
        (await AttachmentStore.Of(db, owner.WholeDistrict).AsNoTracking().Where(a => a.OwnerType == owner.Owner && a.OwnerId == id).OrderBy(a => a.Id).ToListAsync(ct))
            .Select(ToDto).ToList();

    public async Task<Outcome<DocumentDto>> AddAsync(IDocumentOwner owner, long id, string? label, string fileName, Stream content, CancellationToken ct)
    {
        var union = await owner.WritableUnionAsync(id, ct);
        if (!union.IsOk)
        {
            return union.Failed<DocumentDto>();
        }

        if (label is null || !owner.Info.Labels.Contains(label))
        {
            return Outcome.Invalid("label", t["Attachment.Label", string.Join(", ", owner.Info.Labels)]);
        }

        if (owner.Info.NeutralNames)
        {
            fileName = $"{label}-{System.Security.Cryptography.RandomNumberGenerator.GetHexString(6, lowercase: true)}{Path.GetExtension(fileName)}";
        }

        var added = await store.AddAsync(owner.Info.Owner, id, owner.Info.WholeDistrict ? null : union.Value, label, fileName, content, ct);
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

        return ToDto(added.Value!);
    }

    public async Task<(Attachment Attachment, Stream Content)?> OpenAsync(IDocumentOwner owner, long id, long documentId, CancellationToken ct)
    {
        if (!await owner.ReadableAsync(id, ct) || await store.OpenAsync(owner.Info, id, documentId, ct) is not { } found)
        {
            return null;
        }

        db.RecordEvent("download", nameof(Attachment), documentId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{owner.Info.Owner} {id}: {found.Attachment.FileName}", found.Attachment.UnionId);
        await db.SaveChangesAsync(ct);
        return found;
    }

    /// <summary>Deletes a record with its documents: rows in the same save, files once it stands.</summary>
    public async Task<DeleteResult> DeleteWithDocumentsAsync<T>(string owner, long id, T record, long? version, CancellationToken ct)
        where T : class, IVersioned
    {
        var files = await store.RemoveAsync(owner, id, null, ct);
        var result = await db.TryDeleteAsync(record, version, ct);
        if (result == DeleteResult.Deleted)
        {
            AttachmentStore.DeleteFiles(files);
        }

        return result;
    }

    public async Task<Outcome<bool>> RemoveAsync(IDocumentOwner owner, long id, long documentId, CancellationToken ct)
    {
        var union = await owner.WritableUnionAsync(id, ct);
        if (!union.IsOk)
        {
            return union.Failed<bool>();
        }

        var files = await store.RemoveAsync(owner.Info.Owner, id, documentId, ct);
        if (files.Count == 0)
        {
            return Outcome.NotFound;
        }

        await db.SaveChangesAsync(ct);
        AttachmentStore.DeleteFiles(files);
        return true;
    }

    /// <summary><c>POST</c>, <c>GET /{documentId}</c> and <c>DELETE /{documentId}</c> under <c>/api/v1/{collection}/{id}/documents</c>.</summary>
    /// <remarks>The owner is resolved in the body: ASP.NET's route analyser fails (AD0001) on a handler parameter of a type parameter's type.</remarks>
    public static void Map<TOwner>(RouteGroupBuilder api, DocumentOwnerInfo info, string tag)
        where TOwner : class, IDocumentOwner
    {
        var g = api.MapGroup($"/{info.Collection}/{{id:long}}/documents").WithTags(tag);
        g.MapPost("/", async (long id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? label, IServiceProvider services, RecordDocuments h, Problems p, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return ((Outcome<DocumentDto>)Outcome.Invalid("file", t["Import.FileRequired"])).ToHttp(p, TypedResults.Ok);
                }

                await using var content = file.OpenReadStream();
                return (await h.AddAsync(services.GetRequiredService<TOwner>(), id, label, file.FileName, content, ct)).ToHttp(p, d => TypedResults.Created($"/api/v1/{info.Collection}/{id}/documents/{d.Id}", d));
            })
            .DisableAntiforgery() // the sign-in cookie is SameSite=Lax: no other site can post here with it
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AttachmentStore.MaxBytes + (1 << 20)))
            .WithFormOptions(multipartBodyLengthLimit: AttachmentStore.MaxBytes + (1 << 20))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName($"Add{info.Name}Document");
        g.MapGet("/{documentId:long}", async (long id, long documentId, IServiceProvider services, RecordDocuments h, Problems p, CancellationToken ct) =>
                await h.OpenAsync(services.GetRequiredService<TOwner>(), id, documentId, ct) is { } found
                    ? Results.File(found.Content, found.Attachment.ContentType, found.Attachment.FileName)
                    : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .RequireAuthorization(Policies.ReadOrganisation)
            .WithName($"Get{info.Name}Document");
        g.MapDelete("/{documentId:long}", async (long id, long documentId, IServiceProvider services, RecordDocuments h, Problems p, CancellationToken ct) =>
                (await h.RemoveAsync(services.GetRequiredService<TOwner>(), id, documentId, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName($"Remove{info.Name}Document");
    }
}
