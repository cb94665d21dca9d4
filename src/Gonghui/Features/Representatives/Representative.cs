using Gonghui.Features.Congresses;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Representatives;

/// <summary>What a representative was elected by.</summary>
public enum ConstituencyKind
{
    Enterprise,

    /// <summary>A workshop, department or team of one enterprise.</summary>
    Workshop,

    /// <summary>Small enterprises that elect together (联合选区).</summary>
    EnterpriseGroup,
}

/// <summary>Why a representative stopped serving before the term's end.</summary>
public enum RepresentativeEnd
{
    /// <summary>Replaced by another elected in the same constituency (补选).</summary>
    Replaced,

    /// <summary>Recalled by the constituency (罢免).</summary>
    Recalled,

    Resigned,
}

/// <summary>
/// A permanent representative (常任代表) of a congress term run with permanent representatives: a member elected by a
/// constituency, serving the term's whole length unless replaced, recalled or resigned (with the day and the reason).
/// Seen, as the member is, by the staff of the member's union and those above it — the congress's union among them,
/// since a representative is a member of it or of a union under it; kept by the congress's union.
/// </summary>
[ScopedBy("Member.Union")]
public sealed class Representative : IVersioned
{
    public long Id { get; set; }

    public long TermId { get; set; }

    public CongressTerm? Term { get; set; }

    public long MemberId { get; set; }

    public Member? Member { get; set; }

    public string Constituency { get; set; } = "";

    public ConstituencyKind ConstituencyKind { get; set; }

    public DateOnly ElectedOn { get; set; }

    /// <summary>A front-line worker (一线职工), counted toward the district's share.</summary>
    public bool FrontLine { get; set; }

    /// <summary>An officer or manager (领导干部), held under the district's share.</summary>
    public bool Officer { get; set; }

    /// <summary>The representative this one was elected to replace.</summary>
    public long? ReplacesId { get; set; }

    public Representative? Replaces { get; set; }

    public DateOnly? EndedOn { get; set; }

    public RepresentativeEnd? EndKind { get; set; }

    public string EndReason { get; set; } = "";

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class RepresentativeConfiguration : IEntityTypeConfiguration<Representative>
{
    public void Configure(EntityTypeBuilder<Representative> b)
    {
        b.ToTable("representatives");
        b.Property(x => x.Constituency).HasMaxLength(200);
        b.Property(x => x.ConstituencyKind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.EndKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.EndReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TermId, x.MemberId });
        b.HasIndex(x => x.MemberId);
        b.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Member).WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Replaces).WithMany().HasForeignKey(x => x.ReplacesId).OnDelete(DeleteBehavior.Restrict);
    }
}
