using Gonghui.Features.Congresses;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Representatives;

/// <summary>What the proposals committee made of a submission: a proposal it filed (立案), or one it turned into a suggestion (代表建议).</summary>
public enum ProposalKind
{
    Proposal,
    Suggestion,
}

public enum ProposalCategory
{
    /// <summary>Wages and benefits (工资福利).</summary>
    Wages,

    /// <summary>Working hours, rest and leave.</summary>
    WorkingHours,

    /// <summary>Work safety and occupational health.</summary>
    SafetyHealth,

    /// <summary>Training and careers.</summary>
    Training,

    /// <summary>Workers' daily life (canteen, commuting, housing…).</summary>
    Welfare,

    /// <summary>The enterprise's management and running.</summary>
    Management,

    /// <summary>The union's own work.</summary>
    UnionWork,

    Other,
}

/// <summary>Where a submission stands; the last round says why.</summary>
public enum ProposalStatus
{
    /// <summary>Waiting for the proposals committee.</summary>
    Submitted,

    /// <summary>Assigned and waiting for an answer (办理中).</summary>
    Assigned,

    /// <summary>Answered and waiting for the proposers' rating.</summary>
    Answered,

    /// <summary>Rated by the proposers (办结); one rated unsatisfied may be reopened once.</summary>
    Closed,
}

/// <summary>To whom a proposal is assigned.</summary>
public enum AssigneeKind
{
    /// <summary>An office or committee of the union.</summary>
    UnionOffice,

    /// <summary>The enterprise's management (行政方).</summary>
    Management,
}

public enum ProposalRating
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

/// <summary>
/// A proposal or suggestion of permanent representatives (代表提案 / 代表建议, R12): submitted by one or more of a term's
/// representatives, during a session or between sessions; the proposals committee files it as a proposal or turns it
/// into a suggestion and assigns it with a due day; answered with the measures taken; rated by its proposers, and, when
/// they are not satisfied, reopened once (<see cref="Rules.ProposalRule"/>). Each assignment is a <see cref="ProposalRound"/>.
/// </summary>
[ScopedBy("Union")]
public sealed class Proposal : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The term's union, kept here too so that the scope and the yearly counts need no join.</summary>
    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public long TermId { get; set; }

    public CongressTerm? Term { get; set; }

    /// <summary>The session it was submitted at; null between sessions.</summary>
    public long? SessionId { get; set; }

    public CongressSession? Session { get; set; }

    public ProposalKind Kind { get; set; }

    public ProposalCategory Category { get; set; }

    public string Title { get; set; } = "";

    public string Content { get; set; } = "";

    public DateOnly SubmittedOn { get; set; }

    /// <summary>The year of <see cref="SubmittedOn"/>, kept for the yearly counts.</summary>
    public int Year { get; set; }

    public ProposalStatus Status { get; set; }

    /// <summary>The day the proposals committee filed it or turned it into a suggestion.</summary>
    public DateOnly? ReviewedOn { get; set; }

    public List<ProposalProposer> Proposers { get; set; } = [];

    public List<ProposalRound> Rounds { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>A representative who put a proposal forward (领衔 or 附议).</summary>
[ScopedBy("Proposal.Union")]
public sealed class ProposalProposer
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public Proposal? Proposal { get; set; }

    public long RepresentativeId { get; set; }

    public Representative? Representative { get; set; }
}

/// <summary>One assignment of a proposal: to whom, due when, the answer and the proposers' rating. The second is a reopening, with its reason.</summary>
[ScopedBy("Proposal.Union")]
public sealed class ProposalRound
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public Proposal? Proposal { get; set; }

    public int Number { get; set; }

    public DateOnly StartedOn { get; set; }

    public AssigneeKind AssigneeKind { get; set; }

    public string Assignee { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    /// <summary>The answer, with the measures taken.</summary>
    public string Answer { get; set; } = "";

    public ProposalRating? Rating { get; set; }

    public DateOnly? RatedOn { get; set; }

    /// <summary>Why the proposers asked for it again; empty for the first round.</summary>
    public string ReopenReason { get; set; } = "";
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>, IEntityTypeConfiguration<ProposalProposer>, IEntityTypeConfiguration<ProposalRound>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.ToTable("proposals");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Content).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.Year });
        b.HasIndex(x => x.TermId);
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Session).WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Proposers).WithOne(x => x.Proposal).HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Rounds).WithOne(x => x.Proposal).HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ProposalProposer> b)
    {
        b.ToTable("proposal_proposers");
        b.HasIndex(x => new { x.ProposalId, x.RepresentativeId }).IsUnique();
        b.HasIndex(x => x.RepresentativeId);
        b.HasOne(x => x.Representative).WithMany().HasForeignKey(x => x.RepresentativeId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ProposalRound> b)
    {
        b.ToTable("proposal_rounds");
        b.Property(x => x.AssigneeKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Assignee).HasMaxLength(200);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.Property(x => x.Rating).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.ReopenReason).HasMaxLength(500);
        b.HasIndex(x => new { x.ProposalId, x.Number }).IsUnique();
    }
}
