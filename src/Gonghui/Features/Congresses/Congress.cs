using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Congresses;

public enum CongressKind
{
    /// <summary>会员大会: every member attends.</summary>
    MembersAssembly,

    /// <summary>会员代表大会: elected representatives attend.</summary>
    MembersCongress,
}

public enum SessionKind
{
    /// <summary>换届大会: the session that opens a term and elects its committee.</summary>
    Election,

    /// <summary>年会: a yearly session of a congress with permanent representatives.</summary>
    Annual,

    /// <summary>临时会议.</summary>
    Extraordinary,
}

/// <summary>
/// A term (届) of a union's members' assembly or congress: its number, when it starts and ends (a grassroots committee
/// serves three to five years, a district setting), and whether its representatives are permanent (常任制), serving
/// the whole term.
/// </summary>
[ScopedBy("Union")]
public sealed class CongressTerm : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public CongressKind Kind { get; set; }

    public int Number { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public bool PermanentRepresentatives { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>
/// A session (次) of a term: the day, how many were entitled to attend and how many came (L10: valid with two thirds),
/// the agenda with each item's votes, and the minutes. A session without a quorum is kept, and shown as invalid.
/// </summary>
[ScopedBy("Union")]
public sealed class CongressSession : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    /// <summary>The term's union, kept here too so that the session's scope and audit trail need no join.</summary>
    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public long TermId { get; set; }

    public CongressTerm? Term { get; set; }

    public int Number { get; set; }

    public SessionKind Kind { get; set; }

    public DateOnly HeldOn { get; set; }

    public int Entitled { get; set; }

    public int Present { get; set; }

    public string Minutes { get; set; } = "";

    public List<AgendaItem> AgendaItems { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>An item the session voted on (a work report, a funds report, a resolution) and its votes.</summary>
[ScopedBy("Session.Union")]
public sealed class AgendaItem
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public CongressSession? Session { get; set; }

    public string Title { get; set; } = "";

    public int For { get; set; }

    public int Against { get; set; }

    public int Abstain { get; set; }
}

public enum ElectionOffice
{
    CommitteeMember,
    Chair,
    ViceChair,
    FundsReviewCommittee,
    WomenWorkersCommittee,
}

public enum ElectionStatus
{
    /// <summary>Entered by the union, not yet sent up.</summary>
    Recorded,

    /// <summary>Sent to the higher union for approval.</summary>
    Submitted,

    Approved,

    /// <summary>Sent back by the higher union with its reason, to be corrected and sent again.</summary>
    Returned,
}

/// <summary>
/// An election at a session: the office, the seats, those entitled to vote, the ballots issued and returned, each
/// candidate's votes, and the count's result (<see cref="Rules.ElectionCountRule"/>). A further round names the round
/// before it. The result goes to the higher union, which approves it (the union's committee and chair then change) or
/// returns it with a reason.
/// </summary>
[ScopedBy("Union")]
public sealed class Election : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public long SessionId { get; set; }

    public CongressSession? Session { get; set; }

    public ElectionOffice Office { get; set; }

    /// <summary>1 for the first round; a further round's number follows the round it continues.</summary>
    public int Round { get; set; } = 1;

    public long? PreviousRoundId { get; set; }

    public Election? PreviousRound { get; set; }

    public int Seats { get; set; }

    public int Entitled { get; set; }

    public int BallotsIssued { get; set; }

    public int BallotsReturned { get; set; }

    public List<Candidate> Candidates { get; set; } = [];

    public ElectionStatus Status { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The higher union's reason when it returned the result.</summary>
    public string? ReturnReason { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>A candidate, a member of the union or a union below it, with the votes counted and whether elected.</summary>
[ScopedBy("Election.Union")]
public sealed class Candidate
{
    public long Id { get; set; }

    public long ElectionId { get; set; }

    public Election? Election { get; set; }

    public long MemberId { get; set; }

    public Member? Member { get; set; }

    /// <summary>The name as it stood on the ballot.</summary>
    public string Name { get; set; } = "";

    public int Votes { get; set; }

    public bool Elected { get; set; }
}

/// <summary>
/// A seat on a union's committee (or its chair, vice-chair, funds-review or women workers' committee) held from an
/// approved election until the next approved election of that office ends it: the committee's history.
/// </summary>
[ScopedBy("Union")]
public sealed class CommitteeSeat : IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public ElectionOffice Office { get; set; }

    public long MemberId { get; set; }

    public string Name { get; set; } = "";

    public long ElectionId { get; set; }

    public Election? Election { get; set; }

    public DateOnly FromOn { get; set; }

    public DateOnly? ToOn { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

internal sealed class CongressConfiguration :
    IEntityTypeConfiguration<CongressTerm>, IEntityTypeConfiguration<CongressSession>, IEntityTypeConfiguration<AgendaItem>,
    IEntityTypeConfiguration<Election>, IEntityTypeConfiguration<Candidate>, IEntityTypeConfiguration<CommitteeSeat>
{
    public void Configure(EntityTypeBuilder<CongressTerm> b)
    {
        b.ToTable("congress_terms");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.Number }).IsUnique();
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CongressSession> b)
    {
        b.ToTable("congress_sessions");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Minutes).HasMaxLength(8000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.HeldOn });
        b.HasIndex(x => new { x.TermId, x.Number }).IsUnique();
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.AgendaItems).WithOne(x => x.Session).HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("congress_agenda_items");
        b.Property(x => x.Title).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Election> b)
    {
        b.ToTable("elections");
        b.Property(x => x.Office).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.ReturnReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.Status });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Session).WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PreviousRound).WithMany().HasForeignKey(x => x.PreviousRoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Candidates).WithOne(x => x.Election).HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Candidate> b)
    {
        b.ToTable("election_candidates");
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasOne(x => x.Member).WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CommitteeSeat> b)
    {
        b.ToTable("committee_seats");
        b.Property(x => x.Office).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasIndex(x => new { x.UnionId, x.Office, x.ToOn });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Election).WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
