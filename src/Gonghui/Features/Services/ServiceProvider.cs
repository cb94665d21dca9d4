using System.Linq.Expressions;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Services;

/// <summary>
/// A body the district designates to provide bought services (R9): a social organisation, a firm or a public institution,
/// with its checked credit code, the categories it is designated for and its qualifications. The district keeps the
/// registry; every union sees it, to buy from it.
/// </summary>
public sealed class ServiceProvider : IVersioned, IScopedByRule<ServiceProvider>
{
    public static Expression<Func<ServiceProvider, bool>> InScope => p => true;

    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Unified social credit code (GB 32100).</summary>
    public string CreditCode { get; set; } = "";

    public ProviderKind Kind { get; set; }

    /// <summary>The categories it is designated for, comma-separated names of <see cref="ServiceCategory"/>.</summary>
    public string Categories { get; set; } = "";

    /// <summary>Licences and qualifications, as the registry records them.</summary>
    public string Qualifications { get; set; } = "";

    /// <summary>The organisation's contact (a post or a person's name; no personal phone is kept here).</summary>
    public string Contact { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>Whether it is designated now; one no longer designated keeps its contracts.</summary>
    public bool Active { get; set; } = true;

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<ServiceCategory> CategoryList =>
        Categories.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => Enum.TryParse<ServiceCategory>(c, out var x) ? (ServiceCategory?)x : null).OfType<ServiceCategory>().ToList();
}

internal sealed class ServiceProviderConfiguration : IEntityTypeConfiguration<ServiceProvider>
{
    public void Configure(EntityTypeBuilder<ServiceProvider> b)
    {
        b.ToTable("service_providers");
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.CreditCode).HasMaxLength(18);
        b.HasIndex(p => p.CreditCode).IsUnique();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.Categories).HasMaxLength(300);
        b.Property(p => p.Qualifications).HasMaxLength(1000);
        b.Property(p => p.Contact).HasMaxLength(100);
        b.Property(p => p.Address).HasMaxLength(200);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.CategoryList);
    }
}
