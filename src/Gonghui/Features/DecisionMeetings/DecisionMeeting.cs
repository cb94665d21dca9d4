using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.DecisionMeetings;

public enum DecisionMeetingKind
{
    /// <summary>会员代表大会</summary>
    MemberCongress,

    /// <summary>委员会议</summary>
    Committee,

    /// <summary>主席办公会</summary>
    ChairsOffice,
}

/// <summary>A union's member congress, committee or chair's office meeting (R12): who attended, the agenda, what was decided.</summary>
[ScopedBy("Union")]
public sealed class DecisionMeeting : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public DecisionMeetingKind Kind { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Title { get; set; } = "";

    public string Attendees { get; set; } = "";

    public string Agenda { get; set; } = "";

    public string Decisions { get; set; } = "";

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

/// <summary>Research before a major decision (重大决策调查研究, R12), linked to the meeting whose decision it informed.</summary>
[ScopedBy("Union")]
public sealed class DecisionResearch : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public string Title { get; set; } = "";

    public DateOnly ConductedOn { get; set; }

    /// <summary>How: visits, survey, forum …</summary>
    public string Method { get; set; } = "";

    public string Findings { get; set; } = "";

    public long? DecisionMeetingId { get; set; }

    public DecisionMeeting? DecisionMeeting { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

internal sealed class DecisionMeetingConfiguration : IEntityTypeConfiguration<DecisionMeeting>, IEntityTypeConfiguration<DecisionResearch>
{
    public void Configure(EntityTypeBuilder<DecisionMeeting> b)
    {
        b.ToTable("decision_meetings");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Attendees).HasMaxLength(2000);
        b.Property(x => x.Agenda).HasMaxLength(4000);
        b.Property(x => x.Decisions).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.HeldOn });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<DecisionResearch> b)
    {
        b.ToTable("decision_research");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Method).HasMaxLength(200);
        b.Property(x => x.Findings).HasMaxLength(8000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.ConductedOn });
        b.HasIndex(x => x.DecisionMeetingId);
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.DecisionMeeting).WithMany().HasForeignKey(x => x.DecisionMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}
