using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Organisation;

public enum UnionKind
{
    District,
    AreaFederation,
    IndustrialUnion,
    GrassrootsUnion,
}

/// <summary>The industries the plan names for industrial unions.</summary>
public enum IndustrySector
{
    GovernmentOrgans,
    Education,
    Healthcare,
    Services,
    Manufacturing,
    HighTechnology,
    CulturalCreative,
    Other,
}

/// <summary>A node of the organisation tree: the district, its area federations and industrial unions, and grassroots unions below.</summary>
public sealed class Union : IVersioned, IScopeNode, IUnionOwned
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public UnionKind Kind { get; set; }

    public IndustrySector? Sector { get; set; }

    public long? ParentId { get; set; }

    public Union? Parent { get; set; }

    /// <summary>Ids from the root down, <c>/1/7/42/</c>: "this union and everything below it" is one prefix match.</summary>
    [NotAudited] // derived from ParentId, which is audited
    public string Path { get; set; } = "";

    /// <summary>A union's audit trail is its own (none before it has an id).</summary>
    long? IUnionOwned.UnionId => Id == 0 ? null : Id;

    [NotAudited]
    public int Depth { get; set; }

    public string? ChairName { get; set; }

    /// <summary>Grassroots unions: committee, organiser or part of a joint union (L9).</summary>
    public Rules.GrassrootsForm? Form { get; set; }

    // Public contact details (R13): shown without masking.
    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? Address { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public static string ChildPath(string parentPath, long id) => $"{parentPath}{id}/";
}

internal sealed class UnionConfiguration : IEntityTypeConfiguration<Union>
{
    public void Configure(EntityTypeBuilder<Union> b)
    {
        b.ToTable("unions");
        b.Property(u => u.Code).HasMaxLength(32);
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.Name).HasMaxLength(100);
        b.HasIndex(u => u.Name);
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(u => u.Sector).HasConversion<string>().HasMaxLength(32);
        b.Property(u => u.Path).HasMaxLength(400);
        b.HasIndex(u => u.Path);
        b.Property(u => u.ChairName).HasMaxLength(50);
        b.Property(u => u.Form).HasConversion<string>().HasMaxLength(16);
        b.Property(u => u.ContactPhone).HasMaxLength(32);
        b.Property(u => u.ContactEmail).HasMaxLength(100);
        b.Property(u => u.Address).HasMaxLength(200);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        // Accounts and roster imports name their union by key only (the shared core names no module); the keys are kept here.
        b.HasMany<Infrastructure.Security.User>().WithOne().HasForeignKey(u => u.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany<Infrastructure.Jobs.ImportJob>().WithOne().HasForeignKey(j => j.UnionId).OnDelete(DeleteBehavior.Restrict);
    }
}
