using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.DemocraticManagement;

/// <summary>A record kept for one enterprise: its scope is the enterprise's.</summary>
public interface IEnterpriseRecord : IVersioned
{
    long Id { get; }

    long EnterpriseId { get; }
}

/// <summary>A session of an enterprise's workers' congress (职工代表大会, R6), with its attendance.</summary>
[ScopedBy("Enterprise.Union")]
public sealed class WorkersCongress : IEnterpriseRecord
{
    public long Id { get; set; }

    public long EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    public DateOnly HeldOn { get; set; }

    /// <summary>Representatives (or workers) entitled to attend.</summary>
    public int Entitled { get; set; }

    public int Present { get; set; }

    /// <summary>What it discussed and decided.</summary>
    public string Agenda { get; set; } = "";

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>An item an enterprise published under factory-affairs openness (厂务公开, R6).</summary>
[ScopedBy("Enterprise.Union")]
public sealed class FactoryAffairsItem : IEnterpriseRecord
{
    public long Id { get; set; }

    public long EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    public DateOnly PublishedOn { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Where it was published: notice board, intranet, workers' congress …</summary>
    public string? Channel { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum SeatKind
{
    /// <summary>职工董事</summary>
    EmployeeDirector,

    /// <summary>职工监事</summary>
    EmployeeSupervisor,
}

/// <summary>An employee director's or supervisor's seat (R6) and who holds it for which term.</summary>
[ScopedBy("Enterprise.Union")]
public sealed class EmployeeSeat : IEnterpriseRecord
{
    public long Id { get; set; }

    public long EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    public SeatKind Kind { get; set; }

    [Sensitive]
    public string HolderName { get; set; } = "";

    public DateOnly TermStartOn { get; set; }

    public DateOnly? TermEndOn { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class DemocraticRecordsConfiguration :
    IEntityTypeConfiguration<WorkersCongress>, IEntityTypeConfiguration<FactoryAffairsItem>, IEntityTypeConfiguration<EmployeeSeat>
{
    public void Configure(EntityTypeBuilder<WorkersCongress> b)
    {
        b.ToTable("workers_congresses");
        b.Property(x => x.Agenda).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.EnterpriseId, x.HeldOn });
        b.HasOne(x => x.Enterprise).WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<FactoryAffairsItem> b)
    {
        b.ToTable("factory_affairs_items");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Channel).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.EnterpriseId, x.PublishedOn });
        b.HasOne(x => x.Enterprise).WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EmployeeSeat> b)
    {
        b.ToTable("employee_seats");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.HolderName).HasMaxLength(50);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.EnterpriseId, x.Kind });
        b.HasOne(x => x.Enterprise).WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
