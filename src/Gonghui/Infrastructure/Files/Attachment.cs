using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Infrastructure.Files;

/// <summary>
/// A document uploaded to a record (a contract's text, a negotiation step's minutes): its bytes live in the attachment
/// folder under a random name, its description here. <see cref="OwnerType"/> and <see cref="OwnerId"/> name the record;
/// the owning module checks access and removes them with the record.
/// </summary>
[ScopedBy(nameof(UnionId))]
public sealed class Attachment : IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The owning record's kind, as in its API path (<c>negotiation</c>, <c>collective-contract</c>).</summary>
    public string OwnerType { get; set; } = "";

    public long OwnerId { get; set; }

    /// <summary>What it documents, in the owner's terms (a lifecycle step such as <c>request</c> or <c>text</c>).</summary>
    public string Label { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>SHA-256 of the bytes, hex: shows the file is the one uploaded.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The file's name in the attachment folder.</summary>
    public string StoredAs { get; set; } = "";

    public long? UnionId { get; set; }

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedAt { get; set; }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("attachments");
        b.Property(a => a.OwnerType).HasMaxLength(32);
        b.Property(a => a.Label).HasMaxLength(32);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.StoredAs).HasMaxLength(64);
        b.Property(a => a.UploadedBy).HasMaxLength(100);
        b.HasIndex(a => new { a.OwnerType, a.OwnerId });
    }
}
