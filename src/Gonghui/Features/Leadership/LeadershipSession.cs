using System.Linq.Expressions;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Leadership;

public enum LeadershipSessionKind
{
    /// <summary>党组听取产业工会工作汇报 (glossary: <c>LeadershipHearing</c>).</summary>
    LeadershipHearing,

    /// <summary>党组专题研究产业工会工作 (glossary: <c>StudySession</c>).</summary>
    StudySession,
}

/// <summary>
/// A session of the district Party group on industrial-union work (R17): a hearing of the unions' work reports, or a
/// dedicated study session. A district record: the district's staff keep it; a union's staff see the hearings that
/// heard their union (or one below it) and every study session, which concerns industrial-union work as a whole.
/// </summary>
public sealed class LeadershipSession : IVersioned, IScopedByRule<LeadershipSession>
{
    /// <summary>A study session, or a hearing of a union the actor sees (the heard unions' own filter applies inside).</summary>
    public static Expression<Func<LeadershipSession, bool>> InScope => s => s.Kind == LeadershipSessionKind.StudySession || s.Unions.Any();

    public long Id { get; set; }

    public LeadershipSessionKind Kind { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Title { get; set; } = "";

    public string Topics { get; set; } = "";

    public string Conclusions { get; set; } = "";

    /// <summary>The industrial unions heard (a hearing names at least one), or whose work was studied.</summary>
    public List<LeadershipSessionUnion> Unions { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

[ScopedBy("Union")]
public sealed class LeadershipSessionUnion
{
    public long SessionId { get; set; }

    public LeadershipSession? Session { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }
}

internal sealed class LeadershipSessionConfiguration : IEntityTypeConfiguration<LeadershipSession>, IEntityTypeConfiguration<LeadershipSessionUnion>
{
    public void Configure(EntityTypeBuilder<LeadershipSession> b)
    {
        b.ToTable("leadership_sessions");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Topics).HasMaxLength(4000);
        b.Property(x => x.Conclusions).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.HeldOn, x.Kind });
        b.HasMany(x => x.Unions).WithOne(x => x.Session).HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LeadershipSessionUnion> b)
    {
        b.ToTable("leadership_session_unions");
        b.HasKey(x => new { x.SessionId, x.UnionId });
        b.HasIndex(x => x.UnionId);
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
    }
}
