using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.WarningCases;

public enum WarningCaseStatus
{
    Open,
    Closed,
}

/// <summary>What was seen that may lead to a labour conflict.</summary>
public enum SignalKind
{
    WageArrears,
    SocialInsuranceArrears,
    Layoff,
    Restructuring,
    Relocation,
    Bankruptcy,
    CollectiveIncident,
    Other,
}

/// <summary>Whom a case is reported to (R15): both, each within the level's limit.</summary>
public enum ReportRecipient
{
    DistrictFederation,
    LabourDepartment,
}

public enum MediationOutcome
{
    Agreement,
    Partial,

    /// <summary>Mediation failed: arbitration advised.</summary>
    Failed,
}

/// <summary>
/// A labour-relations early-warning case (劳动关系预警, R15): the signals that raised it, its level, the reports up to the
/// District Federation and the labour department, mediation, and its closing. Kept by the union responsible.
/// </summary>
[ScopedBy("Union")]
public sealed class WarningCase : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    /// <summary>The enterprise concerned; none for an industry-wide situation seen in a quarterly report.</summary>
    public long? EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The most workers any signal involved (or staff entered).</summary>
    public int WorkersInvolved { get; set; }

    public WarningLevel Level { get; set; }

    /// <summary>When the case reached its level: the reporting clock of that level runs from here.</summary>
    public DateTime LevelSince { get; set; }

    /// <summary>When the union learnt of it.</summary>
    public DateTime OpenedAt { get; set; }

    public WarningCaseStatus Status { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public MediationOutcome? Outcome { get; set; }

    public string? ReviewNote { get; set; }

    public List<WarningSignal> Signals { get; set; } = [];

    public List<WarningLevelChange> LevelChanges { get; set; } = [];

    public List<WarningReport> Reports { get; set; } = [];

    public List<Mediation> Mediations { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>One signal feeding a case; a layoff carries its L7 figures, a quarterly-report signal the report it came from.</summary>
[ScopedBy("Case.Union")]
public sealed class WarningSignal
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public WarningCase? Case { get; set; }

    public SignalKind Kind { get; set; }

    public DateOnly ObservedOn { get; set; }

    public int WorkersInvolved { get; set; }

    public string Description { get; set; } = "";

    public int? LaidOff { get; set; }

    public int? Workforce { get; set; }

    public DateOnly? NoticeGivenOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>L7: whether the 30 days' notice was given (null for other kinds).</summary>
    public bool? NoticeMet { get; set; }

    public long? WorkforceReportId { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A change of level: by the rules when a signal came in, or raised by staff with a reason.</summary>
[ScopedBy("Case.Union")]
public sealed class WarningLevelChange
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public WarningCase? Case { get; set; }

    public DateTime At { get; set; }

    public WarningLevel From { get; set; }

    public WarningLevel To { get; set; }

    public string Reason { get; set; } = "";

    public string ByName { get; set; } = "";
}

/// <summary>A report of the case to one recipient (R15).</summary>
[ScopedBy("Case.Union")]
public sealed class WarningReport
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public WarningCase? Case { get; set; }

    public ReportRecipient Recipient { get; set; }

    public DateTime ReportedAt { get; set; }

    /// <summary>Who received it (office or person).</summary>
    public string ReceivedBy { get; set; } = "";

    public string? Note { get; set; }
}

/// <summary>A mediation session (调解) of a case.</summary>
[ScopedBy("Case.Union")]
public sealed class Mediation
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public WarningCase? Case { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Mediator { get; set; } = "";

    public string Parties { get; set; } = "";

    public MediationOutcome Outcome { get; set; }

    public string? Note { get; set; }

    /// <summary>When it was entered: orders the timeline, where the session has only a date.</summary>
    public DateTime RecordedAt { get; set; }
}

internal sealed class WarningCaseConfiguration :
    IEntityTypeConfiguration<WarningCase>, IEntityTypeConfiguration<WarningSignal>, IEntityTypeConfiguration<WarningLevelChange>,
    IEntityTypeConfiguration<WarningReport>, IEntityTypeConfiguration<Mediation>
{
    public void Configure(EntityTypeBuilder<WarningCase> b)
    {
        b.ToTable("warning_cases");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(4);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ReviewNote).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Status, x.Level });
        b.HasIndex(x => new { x.UnionId, x.OpenedAt });
        b.HasIndex(x => x.EnterpriseId);
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Enterprise).WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Signals).WithOne(x => x.Case).HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.LevelChanges).WithOne(x => x.Case).HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Reports).WithOne(x => x.Case).HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Mediations).WithOne(x => x.Case).HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<WarningSignal> b)
    {
        b.ToTable("warning_signals");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => x.WorkforceReportId);
        b.HasOne<WorkforceReports.WorkforceReport>().WithMany().HasForeignKey(x => x.WorkforceReportId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<WarningLevelChange> b)
    {
        b.ToTable("warning_level_changes");
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(4);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(4);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.ByName).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<WarningReport> b)
    {
        b.ToTable("warning_reports");
        b.Property(x => x.Recipient).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.ReceivedBy).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<Mediation> b)
    {
        b.ToTable("mediations");
        b.Property(x => x.Mediator).HasMaxLength(100);
        b.Property(x => x.Parties).HasMaxLength(500);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}
