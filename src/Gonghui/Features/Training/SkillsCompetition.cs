using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Training;

/// <summary>A skills competition (职业技能竞赛, R7) a union held for an occupation: its entrants and the workers it commended.</summary>
[ScopedBy("Union")]
public sealed class SkillsCompetition : IVersioned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public string Title { get; set; } = "";

    public string Occupation { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public int Entrants { get; set; }

    public List<CompetitionAward> Awards { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A worker the competition commended, with the award (一等奖, 技术能手 …) and where they work.</summary>
[ScopedBy("Competition.Union")]
public sealed class CompetitionAward
{
    public long Id { get; set; }

    public long CompetitionId { get; set; }

    public SkillsCompetition? Competition { get; set; }

    [Sensitive]
    public string WorkerName { get; set; } = "";

    public string Award { get; set; } = "";

    public string? Workplace { get; set; }
}

internal sealed class SkillsCompetitionConfiguration : IEntityTypeConfiguration<SkillsCompetition>, IEntityTypeConfiguration<CompetitionAward>
{
    public void Configure(EntityTypeBuilder<SkillsCompetition> b)
    {
        b.ToTable("skills_competitions");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Occupation).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.HeldOn });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Awards).WithOne(x => x.Competition).HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CompetitionAward> b)
    {
        b.ToTable("competition_awards");
        b.Property(x => x.WorkerName).HasMaxLength(50);
        b.Property(x => x.Award).HasMaxLength(50);
        b.Property(x => x.Workplace).HasMaxLength(200);
    }
}
