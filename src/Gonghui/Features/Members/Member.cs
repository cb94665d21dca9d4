using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Members;

public enum MemberStatus
{
    Active,

    /// <summary>Moved to another union (会员关系转接); the new union holds the active record.</summary>
    Transferred,

    Left,
}

/// <summary>
/// One membership of one person in one union. A transfer ends this record and opens another in the new union,
/// so the rows of one ID number are the person's history; at most one of them is active in the district.
/// </summary>
[ScopedBy("Union")]
public sealed class Member : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    [Sensitive]
    public string Name { get; set; } = "";

    /// <summary>AES-GCM sealed ID number; the plain number is never stored.</summary>
    [NotAudited]
    [Sealed(nameof(IdNumberHash))]
    public string IdNumberCipher { get; set; } = "";

    /// <summary>Keyed hash of the ID number, for exact look-up and the one-active-membership rule.</summary>
    [NotAudited]
    public string IdNumberHash { get; set; } = "";

    [NotAudited]
    [Sealed(nameof(PhoneHash))]
    public string? PhoneCipher { get; set; }

    [NotAudited]
    public string? PhoneHash { get; set; }

    public DateOnly BirthDate { get; set; }

    public Gender Gender { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public long? EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    public DateOnly? JoinedOn { get; set; }

    public MemberStatus Status { get; set; }

    /// <summary>When this membership ended (transfer or leaving).</summary>
    public DateOnly? EndedOn { get; set; }

    public string? EndReason { get; set; }

    /// <summary>The record in the previous union, when this one came by transfer.</summary>
    public long? TransferredFromId { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        // Triggers keep enterprises.ActiveMembers (created by the Bargaining migrations); SQLite cannot combine AFTER
        // triggers with the RETURNING clause EF would use.
        b.ToTable("members", tb =>
        {
            tb.HasTrigger("members_active_insert");
            tb.HasTrigger("members_active_update");
            tb.HasTrigger("members_active_delete");
            tb.UseSqlReturningClause(false);
        });
        b.Property(m => m.Name).HasMaxLength(50);
        // Prefix search is a range scan on this index (see ListMembers); with the id, a page ordered by (name, id) is read
        // from it in order on PostgreSQL too (SQLite keeps the rowid in every index anyway).
        b.HasIndex(m => new { m.Name, m.Id });
        b.Property(m => m.IdNumberCipher).HasMaxLength(100);
        b.Property(m => m.IdNumberHash).HasMaxLength(64);
        b.HasIndex(m => m.IdNumberHash, "IX_members_IdNumberHash");
        // One person, one active membership in the district (rule member-unique), kept by the database too.
        b.HasIndex(m => m.IdNumberHash, "IX_members_active_person").IsUnique().HasFilter("\"Status\" = 'Active'");
        b.Property(m => m.PhoneCipher).HasMaxLength(100);
        b.Property(m => m.PhoneHash).HasMaxLength(64);
        b.HasIndex(m => m.PhoneHash);
        b.Property(m => m.Gender).HasConversion<string>().HasMaxLength(8);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.EndReason).HasMaxLength(200);
        b.Property(m => m.Version).IsConcurrencyToken();
        // Covers both of R18's member counts: today's by status, and a past year-end's by the membership dates (the
        // transfer columns tell a transferred-in record from the day it was recorded), without reading the table.
        b.HasIndex(m => new { m.UnionId, m.Status, m.JoinedOn, m.EndedOn, m.TransferredFromId, m.CreatedAt }, "IX_members_UnionId_Status_Dates");
        b.HasIndex(m => new { m.EnterpriseId, m.Status });
        b.HasOne(m => m.Union).WithMany().HasForeignKey(m => m.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.Enterprise).WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(m => m.TransferredFromId).OnDelete(DeleteBehavior.Restrict);
    }
}
