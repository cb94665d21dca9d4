using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Portal;

/// <summary>
/// What a union shows in the public directory (R13) beyond what the plan makes public anyway: its name, its chair and
/// a phone are always shown; the address and e-mail only when the union marks them public; its office hours and the
/// services it offers in its own words. A union without a listing shows the plan's minimum.
/// </summary>
[ScopedBy("Union")]
public sealed class UnionListing : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public bool AddressPublic { get; set; } = true;

    public bool EmailPublic { get; set; }

    /// <summary>When a worker finds someone in (工作日 9:00–17:00).</summary>
    public string OfficeHours { get; set; } = "";

    /// <summary>What the union does for workers who come to it, in its own words.</summary>
    public string ServicesOffered { get; set; } = "";

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

internal sealed class UnionListingConfiguration : IEntityTypeConfiguration<UnionListing>
{
    public void Configure(EntityTypeBuilder<UnionListing> b)
    {
        b.ToTable("union_listings");
        b.HasIndex(l => l.UnionId).IsUnique();
        b.HasOne(l => l.Union).WithMany().HasForeignKey(l => l.UnionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(l => l.OfficeHours).HasMaxLength(UnionListings.OfficeHoursMax);
        b.Property(l => l.ServicesOffered).HasMaxLength(UnionListings.ServicesMax);
        b.Property(l => l.Version).IsConcurrencyToken();
    }
}
