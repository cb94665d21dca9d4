using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Assistance;

/// <summary>What a case is for.</summary>
public enum AssistanceKind
{
    /// <summary>困难职工建档帮扶: reviewed every year.</summary>
    HardshipFile,

    /// <summary>大病救助.</summary>
    CriticalIllness,

    /// <summary>意外伤害救助.</summary>
    Accident,

    /// <summary>灾害救助.</summary>
    Disaster,

    Other,
}

/// <summary>Where a case stands in its review chain.</summary>
public enum AssistanceStatus
{
    /// <summary>Proposed by the union of the worker.</summary>
    Proposed,

    /// <summary>Reviewed and supported by the industrial (or area) union above.</summary>
    Reviewed,

    /// <summary>Approved by the district: payments may be made.</summary>
    Approved,

    Declined,

    Closed,
}

/// <summary>A step of a case, kept in order.</summary>
public enum AssistanceStepKind
{
    Proposed,
    Reviewed,
    Approved,
    Declined,
    YearlyReview,
    Closed,
}

/// <summary>What a hardship file's yearly review found.</summary>
public enum YearlyReviewOutcome
{
    /// <summary>Still in hardship: the file continues.</summary>
    Renewed,

    /// <summary>Improved: the file closes.</summary>
    Improved,

    /// <summary>Out of hardship: the file closes.</summary>
    OutOfHardship,
}

/// <summary>How an aid payment was made.</summary>
public enum PaymentMethod
{
    BankTransfer,
    Cash,
    JingCard,
}

/// <summary>
/// A case of hardship assistance or emergency aid (困难帮扶, 大病和意外救助) for a worker — a member, or one not yet a
/// member (linked when they join, by the ID number's keyed hash). The household, its income and the cause are
/// sensitive personal information: sealed together at rest (<see cref="DetailsCipher"/>), shown only to the roles that
/// handle cases and audited when shown. The review chain and payments are kept step by step.
/// </summary>
[ScopedBy("Union")]
public sealed class HardshipAssistance : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The union that proposed it: the worker's own.</summary>
    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public long? MemberId { get; set; }

    public Member? Member { get; set; }

    [Sensitive]
    public string PersonName { get; set; } = "";

    [NotAudited]
    [Sealed(nameof(IdNumberHash))]
    public string IdNumberCipher { get; set; } = "";

    [NotAudited]
    public string IdNumberHash { get; set; } = "";

    public AssistanceKind Kind { get; set; }

    public AssistanceStatus Status { get; set; }

    /// <summary>The year it was proposed in, which its counts fall in.</summary>
    public int Year { get; set; }

    public DateOnly ProposedOn { get; set; }

    /// <summary>The household, its income and the cause (<see cref="AssistanceDetails"/> as JSON), sealed.</summary>
    [NotAudited]
    [Sealed(nameof(DetailsHash))]
    public string DetailsCipher { get; set; } = "";

    /// <summary>Keyed hash of the details: nothing is looked up by it; the key check and rotation need one beside every sealed column.</summary>
    [NotAudited]
    public string DetailsHash { get; set; } = "";

    public DateOnly? ClosedOn { get; set; }

    public List<AssistanceStep> Steps { get; set; } = [];

    public List<AssistancePayment> Payments { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>The sealed part of a case.</summary>
public sealed record AssistanceDetails(int HouseholdSize, decimal MonthlyIncome, string Cause);

/// <summary>One step of the review chain, with the opinion given (sensitive: it often says why).</summary>
[ScopedBy("Case.Union")]
public sealed class AssistanceStep
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public HardshipAssistance? Case { get; set; }

    public AssistanceStepKind Kind { get; set; }

    public YearlyReviewOutcome? Outcome { get; set; }

    public DateOnly On { get; set; }

    [Sensitive]
    public string Opinion { get; set; } = "";

    public string ByName { get; set; } = "";
}

[ScopedBy("Case.Union")]
public sealed class AssistancePayment
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public HardshipAssistance? Case { get; set; }

    public DateOnly PaidOn { get; set; }

    public decimal Amount { get; set; }

    public PaymentMethod Method { get; set; }
}

internal sealed class HardshipAssistanceConfiguration : IEntityTypeConfiguration<HardshipAssistance>
{
    public void Configure(EntityTypeBuilder<HardshipAssistance> b)
    {
        b.ToTable("hardship_assistance");
        b.Property(c => c.PersonName).HasMaxLength(50);
        b.Property(c => c.IdNumberCipher).HasMaxLength(100);
        b.Property(c => c.IdNumberHash).HasMaxLength(64);
        b.HasIndex(c => c.IdNumberHash);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.DetailsHash).HasMaxLength(64);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.UnionId, c.Year });
        b.HasOne(c => c.Union).WithMany().HasForeignKey(c => c.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Member).WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Steps).WithOne(s => s.Case).HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Payments).WithOne(s => s.Case).HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssistanceStepConfiguration : IEntityTypeConfiguration<AssistanceStep>
{
    public void Configure(EntityTypeBuilder<AssistanceStep> b)
    {
        b.ToTable("assistance_steps");
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Opinion).HasMaxLength(1000);
        b.Property(s => s.ByName).HasMaxLength(100);
    }
}

internal sealed class AssistancePaymentConfiguration : IEntityTypeConfiguration<AssistancePayment>
{
    public void Configure(EntityTypeBuilder<AssistancePayment> b)
    {
        b.ToTable("assistance_payments");
        b.Property(p => p.Amount).HasPrecision(14, 2);
        b.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(p => p.PaidOn);
    }
}
