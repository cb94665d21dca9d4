using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.JointMeetings;

public enum JointMeetingKind
{
    /// <summary>联席会议 with government departments and industry associations.</summary>
    JointMeeting,

    /// <summary>劳动关系三方协商会议.</summary>
    TripartiteConsultation,
}

/// <summary>R11's list of what the meetings take up.</summary>
public enum MeetingTopic
{
    IndustrialPolicy,
    IndustryTrends,
    IndustryRestructuring,
    EnterpriseRestructuring,
    WorkforceDynamics,
    LabourRelations,
    Other,
}

public enum ParticipantKind
{
    GovernmentDepartment,
    IndustryAssociation,
    Enterprise,
    Other,
}

public enum ResolutionStatus
{
    Open,
    Done,
}

/// <summary>
/// A joint meeting with government departments and industry associations, or a tripartite labour-relations
/// consultation (R11), convened or attended by an industrial union: who took part, what it took up, the minutes, and
/// the measures it resolved, each followed to done.
/// </summary>
[ScopedBy("Union")]
public sealed class JointMeeting : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public JointMeetingKind Kind { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Title { get; set; } = "";

    public List<MeetingTopic> Topics { get; set; } = [];

    public string Minutes { get; set; } = "";

    public List<JointMeetingParticipant> Participants { get; set; } = [];

    public List<JointMeetingResolution> Resolutions { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

[ScopedBy("Meeting.Union")]
public sealed class JointMeetingParticipant
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public JointMeeting? Meeting { get; set; }

    public ParticipantKind Kind { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>A measure the meeting resolved: who carries it out, by when, and whether it is done.</summary>
[ScopedBy("Meeting.Union")]
public sealed class JointMeetingResolution
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public JointMeeting? Meeting { get; set; }

    public string Text { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public ResolutionStatus Status { get; set; }

    public DateOnly? DoneOn { get; set; }

    /// <summary>What was done (or why not yet).</summary>
    public string? FollowUp { get; set; }
}

internal sealed class JointMeetingConfiguration :
    IEntityTypeConfiguration<JointMeeting>, IEntityTypeConfiguration<JointMeetingParticipant>, IEntityTypeConfiguration<JointMeetingResolution>
{
    public void Configure(EntityTypeBuilder<JointMeeting> b)
    {
        b.ToTable("joint_meetings");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(200);
        b.PrimitiveCollection(x => x.Topics).ElementType(e => e.HasConversion<string>());
        b.Property(x => x.Minutes).HasMaxLength(8000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.HeldOn });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Participants).WithOne(x => x.Meeting).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Resolutions).WithOne(x => x.Meeting).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<JointMeetingParticipant> b)
    {
        b.ToTable("joint_meeting_participants");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<JointMeetingResolution> b)
    {
        b.ToTable("joint_meeting_resolutions");
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.Owner).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FollowUp).HasMaxLength(1000);
        b.HasIndex(x => new { x.Status, x.DueOn });
    }
}
