using Gonghui.Features.Evaluations.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Evaluations;

/// <summary>Whom the members evaluate in a round.</summary>
public enum EvaluationSubject
{
    /// <summary>The union's committee and its work (评家).</summary>
    Committee,

    /// <summary>The chair (评主席).</summary>
    Chair,
}

/// <summary>
/// A round of members' democratic evaluation of their union (会员民主评议工会, R2): once a year for each subject, the
/// ballots issued and how they came back (satisfied, basically satisfied, dissatisfied), and the matters members raised
/// with what the union did about each. Its satisfaction rate is <see cref="SatisfactionRule"/>'s.
/// </summary>
[ScopedBy("Union")]
public sealed class Evaluation : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public EvaluationSubject Subject { get; set; }

    /// <summary>The year of <see cref="HeldOn"/>, kept so that one round per union, year and subject is a unique index.</summary>
    public int Year { get; set; }

    public DateOnly HeldOn { get; set; }

    public int BallotsIssued { get; set; }

    public int Satisfied { get; set; }

    public int BasicallySatisfied { get; set; }

    public int Dissatisfied { get; set; }

    public string Notes { get; set; } = "";

    public List<EvaluationIssue> Issues { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>A matter members raised in a round, and the union's follow-up (整改).</summary>
[ScopedBy("Evaluation.Union")]
public sealed class EvaluationIssue
{
    public long Id { get; set; }

    public long EvaluationId { get; set; }

    public Evaluation? Evaluation { get; set; }

    public string Text { get; set; } = "";

    public string FollowUp { get; set; } = "";

    /// <summary>The day the follow-up was done; null while it is open.</summary>
    public DateOnly? ResolvedOn { get; set; }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>, IEntityTypeConfiguration<EvaluationIssue>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.ToTable("evaluations");
        b.Property(x => x.Subject).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.Year, x.Subject }).IsUnique();
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Issues).WithOne(x => x.Evaluation).HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EvaluationIssue> b)
    {
        b.ToTable("evaluation_issues");
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.FollowUp).HasMaxLength(2000);
    }
}
