using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Infrastructure.Jobs;

public enum ImportMode
{
    /// <summary>Any bad row and nothing is written.</summary>
    AllOrNothing,

    /// <summary>Good rows are written, bad rows reported.</summary>
    ValidRows,
}

public enum ImportStatus
{
    Queued,
    Running,

    /// <summary>
    /// Every row checked and staged, and the staged rows being written in short batches (SQLite): past this point the import
    /// is all written, by this process or, if it stops, by the next verb or server to start.
    /// </summary>
    Writing,

    /// <summary>Written (or, for a dry run, checked).</summary>
    Completed,

    /// <summary>Bad rows in all-or-nothing mode: nothing written.</summary>
    Rejected,

    /// <summary>The file could not be read, or the job was interrupted: nothing written.</summary>
    Failed,
}

/// <summary>
/// One import of a roster file: what was asked, how far it got, and what it wrote. Not audited row by row: the import is
/// one audited event. A job without a union (enterprises left uncovered) is the district's.
/// </summary>
[ScopedBy(nameof(UnionId))]
[NotAudited]
public sealed class ImportJob : IUnionOwned
{
    public long Id { get; set; }

    /// <summary><c>members</c> or <c>enterprises</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The union the rows go to (members), or that covers them (enterprises).</summary>
    public long? UnionId { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>The staged copy's name in the imports folder while the job waits or runs (<see cref="StagedFile"/>).</summary>
    public string? StagedAs { get; set; }

    public string? Format { get; set; }

    public string? Sheet { get; set; }

    public ImportMode Mode { get; set; }

    public bool DryRun { get; set; }

    public ImportStatus Status { get; set; }

    public int RowsRead { get; set; }

    public int RowsInserted { get; set; }

    public int RowsUpdated { get; set; }

    public int RowsUnchanged { get; set; }

    public int ErrorCount { get; set; }

    /// <summary>The staged rows (by their <c>seq</c>) written so far, saved with each batch: where a resumed job goes on from.</summary>
    public long WrittenThrough { get; set; }

    /// <summary>Why the whole file failed, in the language of whoever started it.</summary>
    public string? Message { get; set; }

    public string? CreatedById { get; set; }

    public string CreatedByName { get; set; } = "";

    /// <summary>The culture the messages are written in.</summary>
    public string Culture { get; set; } = "zh-CN";

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}

/// <summary>One reason one row was refused: row number as in Excel, the column's header, the reason.</summary>
[ScopedBy("Job.UnionId")]
[NotAudited]
public sealed class ImportError
{
    public const int ColumnLength = 100;

    public const int MessageLength = 500;

    public long Id { get; set; }

    public long ImportJobId { get; set; }

    public ImportJob? Job { get; set; }

    public int Row { get; set; }

    public string? Column { get; set; }

    public string Message { get; set; } = "";
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>, IEntityTypeConfiguration<ImportError>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("import_jobs");
        b.Property(j => j.Kind).HasMaxLength(32);
        b.Property(j => j.FileName).HasMaxLength(260);
        b.Property(j => j.StagedAs).HasMaxLength(64);
        b.Property(j => j.Format).HasMaxLength(32);
        b.Property(j => j.Sheet).HasMaxLength(100);
        b.Property(j => j.Mode).HasConversion<string>().HasMaxLength(16);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(j => j.Message).HasMaxLength(1000);
        b.Property(j => j.CreatedById).HasMaxLength(450);
        b.Property(j => j.CreatedByName).HasMaxLength(256);
        b.Property(j => j.Culture).HasMaxLength(16);
        b.HasIndex(j => j.CreatedAt);
    }

    public void Configure(EntityTypeBuilder<ImportError> b)
    {
        b.ToTable("import_errors");
        b.Property(e => e.Column).HasMaxLength(ImportError.ColumnLength);
        b.Property(e => e.Message).HasMaxLength(ImportError.MessageLength);
        b.HasIndex(e => new { e.ImportJobId, e.Row });
        b.HasOne(e => e.Job).WithMany().HasForeignKey(e => e.ImportJobId).OnDelete(DeleteBehavior.Cascade);
    }
}
