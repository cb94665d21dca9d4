using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.OpenAffairs;

/// <summary>What a union makes public to its members (会务公开, R2).</summary>
public enum AffairsCategory
{
    /// <summary>Finances and the use of union funds.</summary>
    Finances,

    /// <summary>Elections and appointments.</summary>
    Elections,

    /// <summary>The congress's resolutions and how they are carried out.</summary>
    Resolutions,

    MemberServices,

    /// <summary>Hardship assistance and aid given.</summary>
    Assistance,

    Other,
}

public enum AffairsChannel
{
    NoticeBoard,
    Online,
    Meeting,
}

/// <summary>An item a union published to its members: what, where, from when and until when.</summary>
[ScopedBy("Union")]
public sealed class AffairsNotice : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public AffairsCategory Category { get; set; }

    public AffairsChannel Channel { get; set; }

    public string Title { get; set; } = "";

    public string Content { get; set; } = "";

    public DateOnly PublishedOn { get; set; }

    /// <summary>The last day it stays up; null when it stays.</summary>
    public DateOnly? ShownUntil { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

internal sealed class AffairsNoticeConfiguration : IEntityTypeConfiguration<AffairsNotice>
{
    public void Configure(EntityTypeBuilder<AffairsNotice> b)
    {
        b.ToTable("affairs_notices");
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Content).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.PublishedOn });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
    }
}
