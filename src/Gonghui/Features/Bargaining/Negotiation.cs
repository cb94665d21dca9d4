using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Bargaining;

/// <summary>What is bargained for, and so the kind of contract it leads to.</summary>
public enum ContractKind
{
    /// <summary>行业工资集体合同</summary>
    IndustryWage,

    /// <summary>企业集体合同</summary>
    Enterprise,

    /// <summary>专项集体合同 (wages, women workers' rights, safety …)</summary>
    Special,
}

/// <summary>Who sits across the table from the union.</summary>
public enum CounterpartyKind
{
    Association,
    LeadingEnterprise,
    Enterprise,
}

public enum BargainingSide
{
    Union,
    Employer,
}

/// <summary>How far a negotiation has come. Each step is recorded with its date; the stage is the last one reached.</summary>
public enum NegotiationStage
{
    Requested,
    Answered,
    Opened,
    Drafted,
    Approved,
    Concluded,
    Abandoned,
}

public enum VoteBody
{
    /// <summary>职工代表大会</summary>
    WorkersCongress,

    /// <summary>全体职工</summary>
    AllWorkers,
}

/// <summary>
/// A collective negotiation (集体协商, R4–R5) between a union and an association, a leading enterprise or an enterprise,
/// from the request to bargain (要约) to the signed contract.
/// </summary>
[ScopedBy("Union")]
public sealed class Negotiation : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The union side: an industrial union, or a grassroots union bargaining with its enterprise.</summary>
    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public ContractKind Kind { get; set; }

    public string Title { get; set; } = "";

    public CounterpartyKind CounterpartyKind { get; set; }

    public long? AssociationId { get; set; }

    public IndustryAssociation? Association { get; set; }

    public long? EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    public NegotiationStage Stage { get; set; }

    /// <summary>Which side sent the written request to bargain.</summary>
    public BargainingSide RequestedBy { get; set; }

    /// <summary>The day the other side received the request: L2's 20 days run from it.</summary>
    public DateOnly RequestedOn { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public string? Answer { get; set; }

    public DateOnly? OpenedOn { get; set; }

    public List<Negotiator> Negotiators { get; set; } = [];

    public List<NegotiationRound> Rounds { get; set; } = [];

    /// <summary>The draft agreed at the table, then voted on and signed.</summary>
    public long? ContractId { get; set; }

    public DateOnly? VotedOn { get; set; }

    public VoteBody? VoteBody { get; set; }

    public int? VoteEntitled { get; set; }

    public int? VotePresent { get; set; }

    public int? VoteInFavour { get; set; }

    public int? VoteAgainst { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>Why it ended without a contract.</summary>
    public string? ClosingNote { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>A bargaining representative (协商代表) of either side; one per side is the chief (首席代表).</summary>
[ScopedBy("Negotiation.Union")]
public sealed class Negotiator
{
    public long Id { get; set; }

    public long NegotiationId { get; set; }

    public Negotiation? Negotiation { get; set; }

    public BargainingSide Side { get; set; }

    [Sensitive]
    public string Name { get; set; } = "";

    /// <summary>Their post or where they come from (the union's chair, the enterprise's HR director …).</summary>
    public string? Post { get; set; }

    public bool IsChief { get; set; }
}

/// <summary>One round at the table: what was discussed and where each side stood.</summary>
[ScopedBy("Negotiation.Union")]
public sealed class NegotiationRound
{
    public long Id { get; set; }

    public long NegotiationId { get; set; }

    public Negotiation? Negotiation { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Topics { get; set; } = "";

    public string? UnionPosition { get; set; }

    public string? EmployerPosition { get; set; }

    public string? Minutes { get; set; }
}

internal sealed class NegotiationConfiguration : IEntityTypeConfiguration<Negotiation>, IEntityTypeConfiguration<Negotiator>, IEntityTypeConfiguration<NegotiationRound>
{
    public void Configure(EntityTypeBuilder<Negotiation> b)
    {
        b.ToTable("negotiations");
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Title).HasMaxLength(200);
        b.Property(n => n.CounterpartyKind).HasConversion<string>().HasMaxLength(24);
        b.Property(n => n.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.RequestedBy).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Answer).HasMaxLength(500);
        b.Property(n => n.VoteBody).HasConversion<string>().HasMaxLength(24);
        b.Property(n => n.ClosingNote).HasMaxLength(500);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.HasIndex(n => new { n.UnionId, n.Stage });
        b.HasOne(n => n.Union).WithMany().HasForeignKey(n => n.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.Association).WithMany().HasForeignKey(n => n.AssociationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.Enterprise).WithMany().HasForeignKey(n => n.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CollectiveContract>().WithOne().HasForeignKey<Negotiation>(n => n.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(n => n.Negotiators).WithOne(x => x.Negotiation).HasForeignKey(x => x.NegotiationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.Rounds).WithOne(x => x.Negotiation).HasForeignKey(x => x.NegotiationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Negotiator> b)
    {
        b.ToTable("negotiators");
        b.Property(x => x.Side).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Post).HasMaxLength(100);
        b.HasIndex(x => x.NegotiationId);
    }

    public void Configure(EntityTypeBuilder<NegotiationRound> b)
    {
        b.ToTable("negotiation_rounds");
        b.Property(x => x.Topics).HasMaxLength(500);
        b.Property(x => x.UnionPosition).HasMaxLength(2000);
        b.Property(x => x.EmployerPosition).HasMaxLength(2000);
        b.Property(x => x.Minutes).HasMaxLength(8000);
        b.HasIndex(x => new { x.NegotiationId, x.HeldOn });
    }
}
