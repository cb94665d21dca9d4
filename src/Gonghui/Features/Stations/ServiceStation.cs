using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Stations;

/// <summary>Where a workers' service station stands.</summary>
public enum StationKind
{
    /// <summary>街道.</summary>
    SubDistrict,

    /// <summary>社区.</summary>
    Community,

    /// <summary>园区.</summary>
    IndustrialPark,

    /// <summary>楼宇.</summary>
    OfficeBuilding,
}

/// <summary>An item of the district's standardisation checklist for stations; each item's weight is a district setting.</summary>
public enum StationCheckItem
{
    /// <summary>The unified sign and the union's name shown (统一标识).</summary>
    Sign,

    /// <summary>Fixed premises fit for the services (固定场所).</summary>
    Premises,

    /// <summary>Full- or part-time staff on duty (专兼职人员).</summary>
    Staff,

    /// <summary>Regular opening hours, posted (开放时间).</summary>
    Hours,

    /// <summary>Services offered and delivered (服务项目).</summary>
    Services,

    /// <summary>Records and rules kept (台账制度).</summary>
    Records,
}

/// <summary>
/// A workers' service station (职工服务站, R3): where it stands and what kind, its hours, staff and services, the union
/// that runs it, and whether union and station are run as one (会站合一, <see cref="StationIntegrated"/>). Scored once a
/// year against the district's checklist (<see cref="StationScore"/>).
/// </summary>
[ScopedBy("Union")]
public sealed class ServiceStation : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The union that runs it.</summary>
    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public string Name { get; set; } = "";

    public StationKind Kind { get; set; }

    public string Address { get; set; } = "";

    public string Hours { get; set; } = "";

    public int Staff { get; set; }

    /// <summary>The services offered, as the station posts them.</summary>
    public string Services { get; set; } = "";

    /// <summary>会站合一: the union and the station run as one.</summary>
    public bool StationIntegrated { get; set; }

    public DateOnly OpenedOn { get; set; }

    /// <summary>The day it closed; null while open.</summary>
    public DateOnly? ClosedOn { get; set; }

    public List<StationScore> Scores { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>A year's score of a station against the checklist: each item's points out of its weight then, and the total out of 100.</summary>
[ScopedBy("Station.Union")]
public sealed class StationScore
{
    public long Id { get; set; }

    public long StationId { get; set; }

    public ServiceStation? Station { get; set; }

    public int Year { get; set; }

    public DateOnly ScoredOn { get; set; }

    /// <summary>Out of 100 (<see cref="Rules.StandardisationRule.Total"/>), kept as scored so that a later change of weights leaves it as it was.</summary>
    public decimal Total { get; set; }

    public string Notes { get; set; } = "";

    public List<StationScoreItem> Items { get; set; } = [];
}

[ScopedBy("Score.Station.Union")]
public sealed class StationScoreItem
{
    public long Id { get; set; }

    public long ScoreId { get; set; }

    public StationScore? Score { get; set; }

    public StationCheckItem Item { get; set; }

    /// <summary>The item's weight when scored.</summary>
    public int Weight { get; set; }

    public int Points { get; set; }
}

internal sealed class ServiceStationConfiguration : IEntityTypeConfiguration<ServiceStation>, IEntityTypeConfiguration<StationScore>, IEntityTypeConfiguration<StationScoreItem>
{
    public void Configure(EntityTypeBuilder<ServiceStation> b)
    {
        b.ToTable("service_stations");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Hours).HasMaxLength(200);
        b.Property(x => x.Services).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.UnionId);
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Scores).WithOne(x => x.Station).HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StationScore> b)
    {
        b.ToTable("station_scores");
        b.Property(x => x.Total).HasPrecision(5, 1);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasIndex(x => new { x.StationId, x.Year }).IsUnique();
        b.HasMany(x => x.Items).WithOne(x => x.Score).HasForeignKey(x => x.ScoreId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StationScoreItem> b)
    {
        b.ToTable("station_score_items");
        b.Property(x => x.Item).HasConversion<string>().HasMaxLength(16);
    }
}
