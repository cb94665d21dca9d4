using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;

namespace Gonghui.Features.Bargaining;

public enum AssociationKind
{
    /// <summary>行业协会</summary>
    Association,

    /// <summary>商会</summary>
    Chamber,
}

/// <summary>
/// An industry association or chamber of commerce (R4): the employers' side of an industry wage negotiation. A district-wide
/// directory that every union reads; the union that entered it (or the district) keeps it.
/// </summary>
[DistrictWide("a directory of employers' associations every union reads (R4); the union that entered it keeps it")]
public sealed class IndustryAssociation : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The union that keeps the record; none for the district's own.</summary>
    public long? UnionId { get; set; }

    public Union? Union { get; set; }

    public string Name { get; set; } = "";

    public AssociationKind Kind { get; set; }

    /// <summary>Unified social credit code of a registered social organisation, when known.</summary>
    public string? CreditCode { get; set; }

    /// <summary>GB/T 4754-2017 section letter of the industry it represents.</summary>
    public string IndustrySection { get; set; } = "";

    public string? Address { get; set; }

    /// <summary>The person the union deals with and how to reach them (a switchboard, not a personal mobile).</summary>
    public string? Contact { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class IndustryAssociationConfiguration : IEntityTypeConfiguration<IndustryAssociation>
{
    public void Configure(EntityTypeBuilder<IndustryAssociation> b)
    {
        b.ToTable("industry_associations");
        b.Property(a => a.Name).HasMaxLength(200);
        b.HasIndex(a => a.Name).IsUnique();
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.CreditCode).HasMaxLength(18);
        b.Property(a => a.IndustrySection).HasMaxLength(1);
        b.Property(a => a.Address).HasMaxLength(200);
        b.Property(a => a.Contact).HasMaxLength(100);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne(a => a.Union).WithMany().HasForeignKey(a => a.UnionId).OnDelete(DeleteBehavior.Restrict);
    }
}
