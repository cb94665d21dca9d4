using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Training;

/// <summary>The national vocational skill levels a certificate attests (职业技能等级, five to one).</summary>
public enum SkillLevel
{
    /// <summary>初级工（五级）.</summary>
    Primary,

    /// <summary>中级工（四级）.</summary>
    Intermediate,

    /// <summary>高级工（三级）.</summary>
    Advanced,

    /// <summary>技师（二级）.</summary>
    Technician,

    /// <summary>高级技师（一级）.</summary>
    SeniorTechnician,
}

/// <summary>
/// A certification training (取证培训, R7) a union organised for an occupation: its course, provider and dates, how
/// many workers took it, and the certificates they obtained. R7 counts the workers certified in a year.
/// </summary>
[ScopedBy("Union")]
public sealed class CertificationTraining : IVersioned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The occupation or job type trained for (电工, 育婴员 …).</summary>
    public string Occupation { get; set; } = "";

    public SkillLevel Level { get; set; }

    /// <summary>The training institution, if not the union itself.</summary>
    public string? Provider { get; set; }

    public DateOnly StartOn { get; set; }

    public DateOnly EndOn { get; set; }

    /// <summary>Workers who took the course, certified or not.</summary>
    public int Trainees { get; set; }

    public List<TrainingCertificate> Certificates { get; set; } = [];

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// A certificate a worker obtained through a training. The worker is known by their resident ID number (sealed, with a
/// keyed hash so that a worker certified twice in a year counts once), shown masked and never revealed.
/// </summary>
[ScopedBy("Training.Union")]
public sealed class TrainingCertificate
{
    public long Id { get; set; }

    public long TrainingId { get; set; }

    public CertificationTraining? Training { get; set; }

    [Sensitive]
    public string WorkerName { get; set; } = "";

    [NotAudited]
    [Sealed(nameof(IdNumberHash))]
    public string IdNumberCipher { get; set; } = "";

    [NotAudited]
    public string IdNumberHash { get; set; } = "";

    public string CertificateNumber { get; set; } = "";

    public DateOnly IssuedOn { get; set; }
}

internal sealed class CertificationTrainingConfiguration : IEntityTypeConfiguration<CertificationTraining>, IEntityTypeConfiguration<TrainingCertificate>
{
    public void Configure(EntityTypeBuilder<CertificationTraining> b)
    {
        b.ToTable("certification_trainings");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Occupation).HasMaxLength(100);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Provider).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.StartOn });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Certificates).WithOne(x => x.Training).HasForeignKey(x => x.TrainingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TrainingCertificate> b)
    {
        b.ToTable("training_certificates");
        b.Property(x => x.WorkerName).HasMaxLength(50);
        b.Property(x => x.IdNumberCipher).HasMaxLength(100);
        b.Property(x => x.IdNumberHash).HasMaxLength(64);
        b.Property(x => x.CertificateNumber).HasMaxLength(64);
        // One certificate per worker and training; R7 counts a worker once a year by the hash.
        b.HasIndex(x => new { x.TrainingId, x.IdNumberHash }).IsUnique();
        b.HasIndex(x => new { x.IssuedOn, x.IdNumberHash });
    }
}
