using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.InfoReports;

public enum InfoCategory
{
    WorkNews,
    Experience,
    Problem,
    LabourRelations,
}

public enum InfoReportStatus
{
    /// <summary>Waiting for the union it is addressed to.</summary>
    Submitted,
    Adopted,
    Returned,
}

public enum InfoReportAction
{
    Submitted,
    Forwarded,
    Adopted,
    Returned,
}

/// <summary>
/// An information report (信息报送, R14) a union sends up the tree: the union above adopts it, returns it with a comment,
/// or forwards it further up. Its trail records each hand.
/// </summary>
[ScopedBy("Union")]
public sealed class InfoReport : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The reporting union: its scope (the unions above see it too).</summary>
    public long UnionId { get; set; }

    public Union? Union { get; set; }

    /// <summary>The union it waits with now (above the sender, so often outside the sender's scope: no navigation).</summary>
    public long ToUnionId { get; set; }

    public string Title { get; set; } = "";

    public InfoCategory Category { get; set; }

    public string Body { get; set; } = "";

    public DateTime SubmittedAt { get; set; }

    public InfoReportStatus Status { get; set; }

    public List<InfoReportStep> Trail { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

[ScopedBy("Report.Union")]
public sealed class InfoReportStep
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    public InfoReport? Report { get; set; }

    public InfoReportAction Action { get; set; }

    /// <summary>The union that acted.</summary>
    public long UnionId { get; set; }

    public DateTime At { get; set; }

    public string ByName { get; set; } = "";

    public string? Comment { get; set; }
}

internal sealed class InfoReportConfiguration : IEntityTypeConfiguration<InfoReport>, IEntityTypeConfiguration<InfoReportStep>
{
    public void Configure(EntityTypeBuilder<InfoReport> b)
    {
        b.ToTable("info_reports");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Body).HasMaxLength(8000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.SubmittedAt });
        b.HasIndex(x => new { x.ToUnionId, x.Status });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Union>().WithMany().HasForeignKey(x => x.ToUnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Trail).WithOne(x => x.Report).HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<InfoReportStep> b)
    {
        b.ToTable("info_report_steps");
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ByName).HasMaxLength(100);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.HasOne<Union>().WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
    }
}
