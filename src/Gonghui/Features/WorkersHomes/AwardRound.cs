using System.Linq.Expressions;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.WorkersHomes;

public enum NominationDecision
{
    Commended,
    Declined,
}

/// <summary>
/// A round of the district's commendation of Workers' Homes (R3): a title of a level for a year, the criteria and the
/// score that passes, and the day nominations close. Unions nominate their homes; the district scores each nomination
/// and commends or declines it; a commendation gives the home its title (<see cref="HomeTitle"/>), which may later be
/// revoked. A district record every union sees, so that it can nominate; each union sees only its own nominations.
/// </summary>
public sealed class AwardRound : IVersioned, IScopedByRule<AwardRound>
{
    /// <summary>Every round is a call to all the unions.</summary>
    public static Expression<Func<AwardRound, bool>> InScope => r => true;

    public long Id { get; set; }

    public int Year { get; set; }

    public HomeTitleLevel Level { get; set; }

    public string Name { get; set; } = "";

    public string Criteria { get; set; } = "";

    /// <summary>The score, out of 100, a nomination needs to be commended.</summary>
    public int PassScore { get; set; }

    public DateOnly NominationsCloseOn { get; set; }

    public List<AwardNomination> Nominations { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A home a union put forward in a round, the district's score and its decision.</summary>
[ScopedBy("Home.Union")]
public sealed class AwardNomination : IVersioned
{
    public long Id { get; set; }

    public long RoundId { get; set; }

    public AwardRound? Round { get; set; }

    public long HomeId { get; set; }

    public WorkersHome? Home { get; set; }

    public DateOnly NominatedOn { get; set; }

    /// <summary>What the union puts forward (事迹).</summary>
    public string Reason { get; set; } = "";

    public int? Score { get; set; }

    public NominationDecision? Decision { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string DecisionNote { get; set; } = "";

    /// <summary>The title a commendation gave.</summary>
    public long? TitleId { get; set; }

    public HomeTitle? Title { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class AwardRoundConfiguration : IEntityTypeConfiguration<AwardRound>, IEntityTypeConfiguration<AwardNomination>
{
    public void Configure(EntityTypeBuilder<AwardRound> b)
    {
        b.ToTable("award_rounds");
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Criteria).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Year);
        b.HasMany(x => x.Nominations).WithOne(x => x.Round).HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AwardNomination> b)
    {
        b.ToTable("award_nominations");
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DecisionNote).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.RoundId, x.HomeId }).IsUnique();
        b.HasIndex(x => x.HomeId);
        b.HasOne(x => x.Home).WithMany().HasForeignKey(x => x.HomeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Title).WithMany().HasForeignKey(x => x.TitleId).OnDelete(DeleteBehavior.SetNull);
    }
}
