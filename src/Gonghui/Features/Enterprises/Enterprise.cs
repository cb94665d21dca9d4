using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Enterprises;

/// <summary>Size classes of the NBS 2017 classification.</summary>
public enum SizeClass
{
    Large,
    Medium,
    Small,
    Micro,
}

/// <summary>An employer in the district (R1): which industry, how big, and which union covers it, if any.</summary>
[ScopedBy("Union")]
public sealed class Enterprise : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string CreditCode { get; set; } = "";

    /// <summary>GB/T 4754-2017 section letter, A to T.</summary>
    public string IndustrySection { get; set; } = "";

    /// <summary>GB/T 4754-2017 division, two digits, when known.</summary>
    public string? IndustryDivision { get; set; }

    public SizeClass? SizeClass { get; set; }

    public const int SubDistrictMaxLength = 50;
    public const int AddressMaxLength = 200;

    public string? SubDistrict { get; set; }

    public string? Address { get; set; }

    public int? Employees { get; set; }

    /// <summary>Operating revenue in 10,000 yuan (万元), as the NBS size table counts it.</summary>
    public decimal? Revenue { get; set; }

    /// <summary>The industry's leading enterprise (行业龙头企业).</summary>
    public bool IsLeading { get; set; }

    /// <summary>The union that covers it; none means not yet covered.</summary>
    public long? UnionId { get; set; }

    public Union? Union { get; set; }

    /// <summary>The leading enterprise that brought it in ("the large leading the small").</summary>
    public long? BroughtInById { get; set; }

    /// <summary>
    /// Active members working here, kept by database triggers on <c>members</c> (coverage reads it instead of counting
    /// millions of members); never written by the application.
    /// </summary>
    public int ActiveMembers { get; private set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("enterprises");
        b.Property(e => e.Name).HasMaxLength(200);
        b.HasIndex(e => e.Name);
        b.Property(e => e.CreditCode).HasMaxLength(18);
        b.HasIndex(e => e.CreditCode).IsUnique();
        b.Property(e => e.IndustrySection).HasMaxLength(1);
        b.Property(e => e.IndustryDivision).HasMaxLength(2);
        b.HasIndex(e => new { e.IndustrySection, e.IndustryDivision });
        b.Property(e => e.SizeClass).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.SubDistrict).HasMaxLength(Enterprise.SubDistrictMaxLength);
        b.Property(e => e.Address).HasMaxLength(Enterprise.AddressMaxLength);
        b.Property(e => e.Revenue).HasPrecision(14, 2);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Property(e => e.ActiveMembers).HasDefaultValue(0).ValueGeneratedOnAddOrUpdate()
            .Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        b.HasOne(e => e.Union).WithMany().HasForeignKey(e => e.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.BroughtInById).OnDelete(DeleteBehavior.Restrict);
    }
}
