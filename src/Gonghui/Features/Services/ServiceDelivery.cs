using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Services;

/// <summary>
/// A service delivered (服务记录, R10): its day, category and union, who ran it (the union, a provider under a purchase,
/// a station), the place, and the workers it served — named members for individual services (a counselling session, a
/// legal consultation) and a headcount of others (an event's attendees who are not named, or not yet members).
/// </summary>
[ScopedBy("Union")]
public sealed class ServiceDelivery : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public ServiceCategory Category { get; set; }

    public string Title { get; set; } = "";

    public DateOnly DeliveredOn { get; set; }

    public string Place { get; set; } = "";

    public ServiceRunBy RunBy { get; set; }

    /// <summary>The purchase it delivered, when run by a provider.</summary>
    public long? PurchaseId { get; set; }

    public ServicePurchase? Purchase { get; set; }

    /// <summary>The station it was delivered at, when run by a station (an id of the stations module's registry).</summary>
    public long? StationId { get; set; }

    /// <summary>Workers served who are not named below.</summary>
    public int Headcount { get; set; }

    public List<DeliveryRecipient> Recipients { get; set; } = [];

    public string Notes { get; set; } = "";

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>A member a delivery served by name.</summary>
[ScopedBy("Delivery.Union")]
public sealed class DeliveryRecipient
{
    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public ServiceDelivery? Delivery { get; set; }

    public long MemberId { get; set; }

    public Member? Member { get; set; }
}

internal sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> b)
    {
        b.ToTable("service_deliveries");
        b.Property(d => d.Category).HasConversion<string>().HasMaxLength(24);
        b.Property(d => d.RunBy).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Place).HasMaxLength(200);
        b.Property(d => d.Notes).HasMaxLength(1000);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.UnionId, d.DeliveredOn });
        b.HasIndex(d => new { d.Category, d.DeliveredOn });
        b.HasOne(d => d.Union).WithMany().HasForeignKey(d => d.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Purchase).WithMany().HasForeignKey(d => d.PurchaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Stations.ServiceStation>().WithMany().HasForeignKey(d => d.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Recipients).WithOne(r => r.Delivery).HasForeignKey(r => r.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeliveryRecipientConfiguration : IEntityTypeConfiguration<DeliveryRecipient>
{
    public void Configure(EntityTypeBuilder<DeliveryRecipient> b)
    {
        b.ToTable("delivery_recipients");
        b.HasIndex(r => new { r.DeliveryId, r.MemberId }).IsUnique();
        b.HasIndex(r => r.MemberId);
        b.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
