using System.Security.Cryptography;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Files;

/// <summary>
/// Keeps uploaded documents: checks type and size, writes the bytes under a random name in the attachment folder
/// (<c>attachments</c> in the data folder, or <c>Attachments:Folder</c>; owner-only), records them, and serves and removes them.
/// Access to the owning record is the caller's to check.
/// </summary>
public sealed class AttachmentStore(GonghuiDbContext db, CurrentActor actor, DataFolder folder, IStringLocalizer<SharedResource> t)
{
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".txt"] = "text/plain",
    };

    private string Folder => folder.Attachments;

    /// <summary>
    /// Stores the upload for the owner; the row is saved with the caller's next save (one transaction with its other
    /// changes), and the caller deletes the file (<see cref="PathOf"/>) if that save fails.
    /// </summary>
    public async Task<Outcome<Attachment>> AddAsync(string ownerType, long ownerId, long? unionId, string label, string fileName, Stream content, CancellationToken ct)
    {
        if (FileNames.Display(fileName) is not { } name || !Types.TryGetValue(Path.GetExtension(name), out var contentType))
        {
            return Outcome.Invalid("file", t["Attachment.Type"]);
        }

        var storedAs = $"{Guid.NewGuid():N}{Path.GetExtension(name).ToLowerInvariant()}";
        var path = Path.Combine(Folder, storedAs);
        long size;
        byte[] hash;
        var head = new byte[FileSignatures.HeadLength];
        var headLength = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                if (file.Length + read > MaxBytes)
                {
                    break;
                }

                var toHead = Math.Min(read, head.Length - headLength);
                Array.Copy(buffer, 0, head, headLength, toHead);
                headLength += toHead;
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            size = file.Length;
            hash = read > 0 ? [] : sha.GetHashAndReset();
        }

        if (size == 0 || hash.Length == 0)
        {
            File.Delete(path);
            return Outcome.Invalid("file", size == 0 ? t["Import.File.Empty"] : t["Import.FileTooLarge", MaxBytes / 1024 / 1024]);
        }

        if (!FileSignatures.Matches(Path.GetExtension(name), head.AsSpan(0, headLength)))
        {
            File.Delete(path);
            return Outcome.Invalid("file", t["Attachment.Content", Path.GetExtension(name).TrimStart('.').ToUpperInvariant()]);
        }

        var attachment = new Attachment
        {
            OwnerType = ownerType,
            OwnerId = ownerId,
            Label = label,
            FileName = name,
            ContentType = contentType,
            Size = size,
            Sha256 = Convert.ToHexStringLower(hash),
            StoredAs = storedAs,
            UnionId = unionId,
            UploadedBy = actor.UserName ?? "system",
            UploadedAt = DateTime.UtcNow,
        };
        db.Add(attachment);
        return attachment;
    }

    /// <summary>The document's bytes, or null when the owner has no such document.</summary>
    public async Task<(Attachment Attachment, Stream Content)?> OpenAsync(DocumentOwnerInfo owner, long ownerId, long id, CancellationToken ct)
    {
        var found = await Of(db, owner.WholeDistrict).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.OwnerType == owner.Owner && a.OwnerId == ownerId, ct);
        var path = found is null ? null : PathOf(found);
        return path is not null && File.Exists(path) ? (found!, File.OpenRead(path)) : null;
    }

    /// <summary>
    /// The documents the actor may reach: those of their unions' records, and for a kind kept with no union (read by every
    /// role) all of them, since its owner has checked the record is readable.
    /// </summary>
    public static IQueryable<Attachment> Of(GonghuiDbContext db, bool wholeDistrict) =>
        wholeDistrict ? db.Set<Attachment>().IgnoreQueryFilters() : db.Set<Attachment>();

    /// <summary>Marks the owner's documents (or the one named) for removal with the caller's next save; their files go after it.</summary>
    public async Task<List<string>> RemoveAsync(string ownerType, long ownerId, long? id, CancellationToken ct)
    {
        var found = await db.Set<Attachment>().Where(a => a.OwnerType == ownerType && a.OwnerId == ownerId && (id == null || a.Id == id)).ToListAsync(ct);
        db.RemoveRange(found);
        return found.Select(PathOf).ToList();
    }

    /// <summary>Where the document's bytes are.</summary>
    public string PathOf(Attachment attachment) => Path.Combine(Folder, attachment.StoredAs);

    /// <summary>Deletes files whose rows are gone (after the save that removed them committed).</summary>
    public static void DeleteFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            File.Delete(path);
        }
    }
}
