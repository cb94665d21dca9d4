using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Services;

/// <summary>A special designated service (专项定点服务, R9) a union runs itself: its category, where and since when, until when if it stopped.</summary>
[ScopedBy("Union")]
public sealed class DesignatedService : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public ServiceCategory Category { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string Place { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

internal sealed class DesignatedServiceConfiguration : IEntityTypeConfiguration<DesignatedService>
{
    public void Configure(EntityTypeBuilder<DesignatedService> b)
    {
        b.ToTable("designated_services");
        b.Property(d => d.Category).HasConversion<string>().HasMaxLength(24);
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.Description).HasMaxLength(1000);
        b.Property(d => d.Place).HasMaxLength(200);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne(d => d.Union).WithMany().HasForeignKey(d => d.UnionId).OnDelete(DeleteBehavior.Restrict);
    }
}
