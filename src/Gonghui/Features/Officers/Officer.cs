using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Officers;

/// <summary>Training, secondment, exchange and selection (R18: officers trained, seconded, exchanged, selected).</summary>
public enum PostingKind
{
    Training,
    Secondment,
    Exchange,
    Selection,
}

/// <summary>A union officer (工会干事) of an industrial union, counted for R18 while in post.</summary>
[ScopedBy("Union")]
public sealed class Officer : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    [Sensitive]
    public string Name { get; set; } = "";

    /// <summary>The post held: chair, vice-chair, officer …</summary>
    public string Post { get; set; } = "";

    public bool FullTime { get; set; }

    public DateOnly StartOn { get; set; }

    public DateOnly? EndOn { get; set; }

    public List<OfficerPosting> Postings { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;

    public bool InPostOn(DateOnly date) => StartOn <= date && (EndOn is null || EndOn >= date);
}

/// <summary>One training course, secondment, exchange or selection of an officer.</summary>
[ScopedBy("Officer.Union")]
public sealed class OfficerPosting
{
    public long Id { get; set; }

    public long OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public PostingKind Kind { get; set; }

    public DateOnly StartOn { get; set; }

    public DateOnly? EndOn { get; set; }

    /// <summary>The course, the host organisation, the post selected for.</summary>
    public string Description { get; set; } = "";
}

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>, IEntityTypeConfiguration<OfficerPosting>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.ToTable("officers");
        b.Property(o => o.Name).HasMaxLength(50);
        b.Property(o => o.Post).HasMaxLength(50);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => new { o.UnionId, o.StartOn });
        b.HasOne(o => o.Union).WithMany().HasForeignKey(o => o.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Postings).WithOne(x => x.Officer).HasForeignKey(p => p.OfficerId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OfficerPosting> b)
    {
        b.ToTable("officer_postings");
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Description).HasMaxLength(200);
        b.HasIndex(p => new { p.OfficerId, p.StartOn });
    }
}
