using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Assessment;

public enum AnnualPlanStatus
{
    /// <summary>The union is writing its items.</summary>
    Draft,

    /// <summary>The union has scored itself; the items are fixed.</summary>
    SelfAssessed,

    /// <summary>The district has scored it.</summary>
    Scored,
}

/// <summary>How a work item's indicator is measured.</summary>
public enum IndicatorKind
{
    /// <summary>From a rule's compliance verdict for the union and year (R11, R12, R18 …): met scores 100, not met 0.</summary>
    Rule,

    /// <summary>From a count of the union's records of a kind in the year against a target.</summary>
    RecordCount,

    /// <summary>Scored by hand, with evidence uploaded to the plan.</summary>
    Manual,
}

/// <summary>The kinds of record a work item may count.</summary>
public enum CountedRecord
{
    JointMeetings,
    WorkforceReports,
    DecisionMeetings,
    DecisionResearch,
    InfoReports,
    CertificationTrainings,
    SkillsCompetitions,
    CongressSessions,
    AffairsNotices,
    Evaluations,
    Proposals,
    StationsScored,
    HomeTitlesGiven,
    CardsIssued,
    ServiceDeliveries,
    ServicePurchases,
    AssistanceCases,
}

/// <summary>A union's annual work plan (R16): weighted work items, its self-assessment and the district's scoring.</summary>
[ScopedBy("Union")]
public sealed class AnnualPlan : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public int Year { get; set; }

    public AnnualPlanStatus Status { get; set; }

    public DateOnly? SelfAssessedOn { get; set; }

    public DateOnly? ScoredOn { get; set; }

    public List<PlanItem> Items { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>A work item of an annual plan: who owns it, when it is due, its weight and how its indicator is measured.</summary>
[ScopedBy("Plan.Union")]
public sealed class PlanItem
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public AnnualPlan? Plan { get; set; }

    public string Title { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public int Weight { get; set; }

    public IndicatorKind Indicator { get; set; }

    /// <summary>The rule of a <see cref="IndicatorKind.Rule"/> item (R11 …).</summary>
    public string? Rule { get; set; }

    public CountedRecord? Counted { get; set; }

    /// <summary>The count a <see cref="IndicatorKind.RecordCount"/> item aims at.</summary>
    public int? Target { get; set; }

    public decimal? SelfScore { get; set; }

    public string? SelfNote { get; set; }

    public decimal? DistrictScore { get; set; }

    public string? DistrictNote { get; set; }
}

internal sealed class AnnualPlanConfiguration : IEntityTypeConfiguration<AnnualPlan>, IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<AnnualPlan> b)
    {
        b.ToTable("annual_plans");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.Year }).IsUnique();
        b.HasIndex(x => x.Year);
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.ToTable("plan_items");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Owner).HasMaxLength(100);
        b.Property(x => x.Indicator).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Rule).HasMaxLength(8);
        b.Property(x => x.Counted).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.SelfScore).HasPrecision(5, 1);
        b.Property(x => x.DistrictScore).HasPrecision(5, 1);
        b.Property(x => x.SelfNote).HasMaxLength(1000);
        b.Property(x => x.DistrictNote).HasMaxLength(1000);
    }
}
