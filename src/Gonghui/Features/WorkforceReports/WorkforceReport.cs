using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.WorkforceReports;

public enum WorkforceReportStatus
{
    Draft,
    Submitted,
}

/// <summary>
/// The structured indicators of a quarterly workforce-status analysis (R12). Counts are for the quarter except the
/// workforce at its end; amounts in yuan. Summed up the tree by <see cref="RollUp"/>.
/// </summary>
public sealed record WorkforceFigures
{
    public int WorkersAtEnd { get; init; }

    public int Hired { get; init; }

    public int Left { get; init; }

    /// <summary>Average monthly pay in yuan.</summary>
    public decimal AverageMonthlyPay { get; init; }

    public int WageArrearsEnterprises { get; init; }

    public int WageArrearsWorkers { get; init; }

    public decimal WageArrearsAmount { get; init; }

    public int SocialInsuranceArrearsEnterprises { get; init; }

    public decimal SocialInsuranceArrearsAmount { get; init; }

    public int LaidOff { get; init; }

    public int OvertimeComplaints { get; init; }

    public int DisputesReceived { get; init; }

    public int DisputesResolved { get; init; }

    /// <summary>The indicators' names as the API spells them, for trends and charts.</summary>
    public static readonly string[] Indicators =
    [
        "workersAtEnd", "hired", "left", "averageMonthlyPay", "wageArrearsEnterprises", "wageArrearsWorkers", "wageArrearsAmount",
        "socialInsuranceArrearsEnterprises", "socialInsuranceArrearsAmount", "laidOff", "overtimeComplaints", "disputesReceived", "disputesResolved",
    ];

    public decimal Value(string indicator) => indicator switch
    {
        "workersAtEnd" => WorkersAtEnd,
        "hired" => Hired,
        "left" => Left,
        "averageMonthlyPay" => AverageMonthlyPay,
        "wageArrearsEnterprises" => WageArrearsEnterprises,
        "wageArrearsWorkers" => WageArrearsWorkers,
        "wageArrearsAmount" => WageArrearsAmount,
        "socialInsuranceArrearsEnterprises" => SocialInsuranceArrearsEnterprises,
        "socialInsuranceArrearsAmount" => SocialInsuranceArrearsAmount,
        "laidOff" => LaidOff,
        "overtimeComplaints" => OvertimeComplaints,
        "disputesReceived" => DisputesReceived,
        "disputesResolved" => DisputesResolved,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    /// <summary>
    /// The grassroots figures added up for the union above: counts and amounts summed, the average pay weighted by each
    /// report's workforce (a plain mean would let a ten-person shop count as much as a factory).
    /// </summary>
    public static WorkforceFigures RollUp(IReadOnlyCollection<WorkforceFigures> parts)
    {
        var workers = parts.Sum(p => p.WorkersAtEnd);
        return new WorkforceFigures
        {
            WorkersAtEnd = workers,
            Hired = parts.Sum(p => p.Hired),
            Left = parts.Sum(p => p.Left),
            AverageMonthlyPay = workers == 0 ? 0 : Math.Round(parts.Sum(p => p.AverageMonthlyPay * p.WorkersAtEnd) / workers, 2),
            WageArrearsEnterprises = parts.Sum(p => p.WageArrearsEnterprises),
            WageArrearsWorkers = parts.Sum(p => p.WageArrearsWorkers),
            WageArrearsAmount = parts.Sum(p => p.WageArrearsAmount),
            SocialInsuranceArrearsEnterprises = parts.Sum(p => p.SocialInsuranceArrearsEnterprises),
            SocialInsuranceArrearsAmount = parts.Sum(p => p.SocialInsuranceArrearsAmount),
            LaidOff = parts.Sum(p => p.LaidOff),
            OvertimeComplaints = parts.Sum(p => p.OvertimeComplaints),
            DisputesReceived = parts.Sum(p => p.DisputesReceived),
            DisputesResolved = parts.Sum(p => p.DisputesResolved),
        };
    }
}

/// <summary>A union's quarterly workforce-status analysis (职工队伍状况季度分析, R12): one per union per quarter.</summary>
[ScopedBy("Union")]
public sealed class WorkforceReport : IVersioned, IUnionOwned
{
    public long Id { get; set; }

    public long UnionId { get; set; }

    public Union? Union { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public WorkforceFigures Figures { get; set; } = new();

    public string Narrative { get; set; } = "";

    public WorkforceReportStatus Status { get; set; }

    /// <summary>Beijing date of submission; the due date is counted against it.</summary>
    public DateOnly? SubmittedOn { get; set; }

    /// <summary>How many grassroots reports the figures were drafted from (0 when entered directly).</summary>
    public int RolledUpFrom { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    long? IUnionOwned.UnionId => UnionId;
}

internal sealed class WorkforceReportConfiguration : IEntityTypeConfiguration<WorkforceReport>
{
    public void Configure(EntityTypeBuilder<WorkforceReport> b)
    {
        b.ToTable("workforce_reports");
        b.ComplexProperty(x => x.Figures, f =>
        {
            f.Property(x => x.AverageMonthlyPay).HasPrecision(12, 2);
            f.Property(x => x.WageArrearsAmount).HasPrecision(16, 2);
            f.Property(x => x.SocialInsuranceArrearsAmount).HasPrecision(16, 2);
        });
        b.Property(x => x.Narrative).HasMaxLength(8000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnionId, x.Year, x.Quarter }).IsUnique();
        b.HasIndex(x => new { x.Year, x.Quarter });
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
    }
}
