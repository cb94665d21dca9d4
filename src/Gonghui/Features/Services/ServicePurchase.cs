using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Services;

/// <summary>
/// A contract to buy a service from a provider (购买社会组织服务, R9): the mode (project or order), the category, the
/// budget and the period, the number of workers it is to reach, its deliverables with their measures — each accepted
/// (验收) or rejected with a rating — and the payments made against the budget.
/// </summary>
[ScopedBy("Union")]
public sealed class ServicePurchase : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The union that buys.</summary>
    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public long ProviderId { get; set; }

    public ServiceProvider? Provider { get; set; }

    public string Title { get; set; } = "";

    public string ContractNumber { get; set; } = "";

    public PurchaseMode Mode { get; set; }

    public ServiceCategory Category { get; set; }

    /// <summary>In yuan.</summary>
    public decimal Budget { get; set; }

    public DateOnly SignedOn { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public int TargetWorkers { get; set; }

    public List<PurchaseDeliverable> Deliverables { get; set; } = [];

    public List<PurchasePayment> Payments { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>What the provider is to deliver, how it is measured, and its acceptance.</summary>
[ScopedBy("Purchase.Union")]
public sealed class PurchaseDeliverable
{
    public long Id { get; set; }

    public long PurchaseId { get; set; }

    public ServicePurchase? Purchase { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The measure it is accepted against (服务标准: 12 sessions, 300 workers …).</summary>
    public string Measure { get; set; } = "";

    public DateOnly? AcceptedOn { get; set; }

    public AcceptanceResult? Result { get; set; }

    /// <summary>1 to 5, given at acceptance.</summary>
    public int? Rating { get; set; }

    public string AcceptanceNotes { get; set; } = "";
}

/// <summary>A payment to the provider against the budget.</summary>
[ScopedBy("Purchase.Union")]
public sealed class PurchasePayment
{
    public long Id { get; set; }

    public long PurchaseId { get; set; }

    public ServicePurchase? Purchase { get; set; }

    public DateOnly PaidOn { get; set; }

    public decimal Amount { get; set; }

    public string Note { get; set; } = "";
}

internal sealed class ServicePurchaseConfiguration : IEntityTypeConfiguration<ServicePurchase>
{
    public void Configure(EntityTypeBuilder<ServicePurchase> b)
    {
        b.ToTable("service_purchases");
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.ContractNumber).HasMaxLength(50);
        b.Property(p => p.Mode).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Category).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.Budget).HasPrecision(14, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.UnionId, p.StartsOn });
        b.HasOne(p => p.Union).WithMany().HasForeignKey(p => p.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Provider).WithMany().HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Deliverables).WithOne(d => d.Purchase).HasForeignKey(d => d.PurchaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Payments).WithOne(d => d.Purchase).HasForeignKey(d => d.PurchaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PurchaseDeliverableConfiguration : IEntityTypeConfiguration<PurchaseDeliverable>
{
    public void Configure(EntityTypeBuilder<PurchaseDeliverable> b)
    {
        b.ToTable("purchase_deliverables");
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.Measure).HasMaxLength(500);
        b.Property(d => d.Result).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.AcceptanceNotes).HasMaxLength(500);
    }
}

internal sealed class PurchasePaymentConfiguration : IEntityTypeConfiguration<PurchasePayment>
{
    public void Configure(EntityTypeBuilder<PurchasePayment> b)
    {
        b.ToTable("purchase_payments");
        b.Property(p => p.Amount).HasPrecision(14, 2);
        b.Property(p => p.Note).HasMaxLength(200);
    }
}
