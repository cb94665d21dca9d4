using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.WorkersHomes;

public enum HomeKind
{
    /// <summary>职工之家, of a grassroots union.</summary>
    Home,

    /// <summary>职工小家, of a workshop, team or branch.</summary>
    SmallHome,
}

/// <summary>A title a Workers' Home was commended with, highest first.</summary>
public enum HomeTitleLevel
{
    NationalModel,
    MunicipalModel,
    DistrictModel,

    /// <summary>先进职工之家.</summary>
    Advanced,
}

/// <summary>
/// A Workers' Home (职工之家) or small home (职工小家) built by a grassroots union (R3): whether union and home are run as
/// one (会家合一, <see cref="HomeIntegrated"/>), and the titles it was commended with, each with its year and, if taken
/// back, the day and the reason.
/// </summary>
[ScopedBy("Union")]
public sealed class WorkersHome : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public HomeKind Kind { get; set; }

    public string Name { get; set; } = "";

    public DateOnly BuiltOn { get; set; }

    /// <summary>会家合一.</summary>
    public bool HomeIntegrated { get; set; }

    public string Facilities { get; set; } = "";

    public List<HomeTitle> Titles { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>A title given to a home in a year (by the federation of its level), in force until revoked.</summary>
[ScopedBy("Home.Union")]
public sealed class HomeTitle
{
    public long Id { get; set; }

    public long HomeId { get; set; }

    public WorkersHome? Home { get; set; }

    public HomeTitleLevel Level { get; set; }

    public int Year { get; set; }

    /// <summary>The document or round that gave it.</summary>
    public string Source { get; set; } = "";

    public DateOnly? RevokedOn { get; set; }

    public string RevokeReason { get; set; } = "";
}

internal sealed class WorkersHomeConfiguration : IEntityTypeConfiguration<WorkersHome>, IEntityTypeConfiguration<HomeTitle>
{
    public void Configure(EntityTypeBuilder<WorkersHome> b)
    {
        b.ToTable("workers_homes");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Facilities).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.UnionId);
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Titles).WithOne(x => x.Home).HasForeignKey(x => x.HomeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<HomeTitle> b)
    {
        b.ToTable("home_titles");
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Source).HasMaxLength(200);
        b.Property(x => x.RevokeReason).HasMaxLength(500);
        b.HasIndex(x => new { x.HomeId, x.Level, x.Year }).IsUnique();
    }
}
