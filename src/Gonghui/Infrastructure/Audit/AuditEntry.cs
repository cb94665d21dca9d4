using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Infrastructure.Audit;

/// <summary>One append-only line of the audit log. <see cref="Hash"/> chains it to the line before, so an edit or a deletion shows.</summary>
[Data.DistrictWide("the audit log: its endpoint limits it to auditors and district administrators")]
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public string? IpAddress { get; set; }

    /// <summary>create, update, delete, reveal, export, sign-in, sign-in-failed, lockout, sign-out, …</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    /// <summary>The union the record belongs to, when it has one (lets a union's admin read its own trail).</summary>
    public long? UnionId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(e => e.ActorId).HasMaxLength(450);
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.IpAddress).HasMaxLength(64);
        b.Property(e => e.Action).HasMaxLength(32);
        b.Property(e => e.EntityType).HasMaxLength(64);
        b.Property(e => e.EntityId).HasMaxLength(128);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        b.HasIndex(e => e.ActorId);
    }
}
