using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// The topics a clause is coded under: R5's five (remuneration, rest and leave, safety and health, vocational training,
/// insurance and welfare) and its three standard topics (job types, working hours, labour quotas).
/// </summary>
public enum ClauseTopic
{
    Remuneration,
    RestAndLeave,
    SafetyAndHealth,
    VocationalTraining,
    InsuranceAndWelfare,
    JobTypes,
    WorkingHours,
    LabourQuotas,
}

/// <summary>Where a contract stands on a given day (derived from its dates, never stored).</summary>
public enum ContractStatus
{
    Draft,
    /// <summary>Signed by both chiefs, not yet filed.</summary>
    Concluded,
    Filed,
    Objected,
    InForce,
    Expired,
}

/// <summary>
/// A collective contract (集体合同): an industry wage contract, an enterprise contract or a special one, with its term, the
/// enterprises and workers it covers, and its clauses coded by topic. It comes from a negotiation, or is entered as signed.
/// </summary>
[ScopedBy("Union")]
public sealed class CollectiveContract : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public ContractKind Kind { get; set; }

    public string Title { get; set; } = "";

    public CounterpartyKind CounterpartyKind { get; set; }

    public long? AssociationId { get; set; }

    public IndustryAssociation? Association { get; set; }

    public long? EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    /// <summary>First day of the term.</summary>
    public DateOnly StartOn { get; set; }

    /// <summary>Last day of the term (L4: one to three years).</summary>
    public DateOnly EndOn { get; set; }

    /// <summary>Workers covered when the parties counted them; otherwise the registry's employees of the enterprises covered.</summary>
    public int? WorkersCovered { get; set; }

    public DateOnly? SignedOn { get; set; }

    [Sensitive]
    public string? UnionChief { get; set; }

    [Sensitive]
    public string? EmployerChief { get; set; }

    public DateOnly? FiledOn { get; set; }

    /// <summary>The day the labour administration received it: L6's 15 days run from it.</summary>
    public DateOnly? ReceivedOn { get; set; }

    public DateOnly? ObjectionOn { get; set; }

    public string? ObjectionReason { get; set; }

    public DateOnly? ObjectionResolvedOn { get; set; }

    /// <summary>From when it is in effect (L6), derived whenever filing or an objection is recorded; null while it cannot be.</summary>
    public DateOnly? EffectiveOn { get; set; }

    public List<ContractEnterprise> Enterprises { get; set; } = [];

    public List<ContractClause> Clauses { get; set; } = [];

    public List<WageStandard> WageStandards { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;

    public ContractStatus StatusOn(DateOnly day) =>
        SignedOn is null ? ContractStatus.Draft
        : EndOn < day ? ContractStatus.Expired
        : FiledOn is null ? ContractStatus.Concluded
        : EffectiveOn is { } effective && effective <= day && StartOn <= day ? ContractStatus.InForce
        : ObjectionOn is not null && ObjectionResolvedOn is null && EffectiveOn is null ? ContractStatus.Objected
        : ContractStatus.Filed;
}

/// <summary>An enterprise a contract covers.</summary>
[ScopedBy("Contract.Union")]
public sealed class ContractEnterprise
{
    public long ContractId { get; set; }

    public CollectiveContract? Contract { get; set; }

    public long EnterpriseId { get; set; }
}

/// <summary>One clause, coded by topic, with the structured values of its kind where the text gives them.</summary>
[ScopedBy("Contract.Union")]
public sealed class ContractClause
{
    public long Id { get; set; }

    public long ContractId { get; set; }

    public CollectiveContract? Contract { get; set; }

    public ClauseTopic Topic { get; set; }

    public string Text { get; set; } = "";

    public decimal? DailyHours { get; set; }

    public decimal? WeeklyHours { get; set; }

    public decimal? DailyOvertimeLimit { get; set; }

    public decimal? MonthlyOvertimeLimit { get; set; }

    /// <summary>Paid leave days a year beyond the statutory ones.</summary>
    public int? LeaveDays { get; set; }
}

/// <summary>A wage standard (工资标准) a contract sets for one job type.</summary>
[ScopedBy("Contract.Union")]
public sealed class WageStandard
{
    public long Id { get; set; }

    public long ContractId { get; set; }

    public CollectiveContract? Contract { get; set; }

    public string JobType { get; set; } = "";

    /// <summary>Minimum monthly wage of the job type, in yuan.</summary>
    public decimal MinimumMonthlyWage { get; set; }

    /// <summary>Agreed annual increase, in percent.</summary>
    public decimal? AnnualIncreasePercent { get; set; }
}

internal sealed class CollectiveContractConfiguration :
    IEntityTypeConfiguration<CollectiveContract>, IEntityTypeConfiguration<ContractEnterprise>, IEntityTypeConfiguration<ContractClause>, IEntityTypeConfiguration<WageStandard>
{
    public void Configure(EntityTypeBuilder<CollectiveContract> b)
    {
        b.ToTable("collective_contracts");
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.CounterpartyKind).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.UnionChief).HasMaxLength(50);
        b.Property(c => c.EmployerChief).HasMaxLength(50);
        b.Property(c => c.ObjectionReason).HasMaxLength(500);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.UnionId, c.EndOn });
        b.HasIndex(c => new { c.EffectiveOn, c.EndOn });
        b.HasOne(c => c.Union).WithMany().HasForeignKey(c => c.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Association).WithMany().HasForeignKey(c => c.AssociationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Enterprise).WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Enterprises).WithOne(x => x.Contract).HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Clauses).WithOne(x => x.Contract).HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.WageStandards).WithOne(x => x.Contract).HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ContractEnterprise> b)
    {
        b.ToTable("contract_enterprises");
        b.HasKey(x => new { x.ContractId, x.EnterpriseId });
        b.HasIndex(x => x.EnterpriseId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ContractClause> b)
    {
        b.ToTable("contract_clauses");
        b.Property(x => x.Topic).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Text).HasMaxLength(8000);
        b.Property(x => x.DailyHours).HasPrecision(5, 2);
        b.Property(x => x.WeeklyHours).HasPrecision(5, 2);
        b.Property(x => x.DailyOvertimeLimit).HasPrecision(5, 2);
        b.Property(x => x.MonthlyOvertimeLimit).HasPrecision(5, 2);
        b.HasIndex(x => new { x.ContractId, x.Topic });
    }

    public void Configure(EntityTypeBuilder<WageStandard> b)
    {
        b.ToTable("wage_standards");
        b.Property(x => x.JobType).HasMaxLength(100);
        b.Property(x => x.MinimumMonthlyWage).HasPrecision(10, 2);
        b.Property(x => x.AnnualIncreasePercent).HasPrecision(5, 2);
        b.HasIndex(x => x.ContractId);
    }
}
