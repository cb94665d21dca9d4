using System.Text.Json;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Assessment;

/// <summary>
/// A year the district has closed (年度结账): the parameters in force at the close, and with <see cref="ClosedYearFigures"/>
/// the registry figures its rules and report read, as they stood. A closed year's scorecard, annual report and plan
/// scores are computed from these and never move when the registry changes later; reopening deletes them (audited).
/// </summary>
[DistrictWide("which years are closed and the parameters kept: every role reads them with the scorecard; only district administrators close or reopen")]
public sealed class ClosedYear : IVersioned
{
    public long Id { get; set; }

    public int Year { get; set; }

    public DateTime ClosedAt { get; set; }

    public string ClosedBy { get; set; } = "";

    /// <summary>Every district parameter's value in force at the close, by key (JSON object).</summary>
    public string Settings { get; set; } = "{}";

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// Registry figures one rule (<c>R1</c>, <c>R6</c>) or the annual report (<c>report</c>) read for one union in a closed
/// year, as JSON in the shape that reader declares; the district's own report figures have no union. Written in bulk at
/// the close: the close is the audited event, not each row.
/// </summary>
[ScopedBy("Union")]
[NotAudited]
public sealed class ClosedYearFigures
{
    public long Id { get; set; }

    public int Year { get; set; }

    public string Kind { get; set; } = "";

    public long? UnionId { get; set; }

    public Union? Union { get; set; }

    public string Figures { get; set; } = "{}";
}

internal sealed class ClosedYearConfiguration : IEntityTypeConfiguration<ClosedYear>, IEntityTypeConfiguration<ClosedYearFigures>
{
    public void Configure(EntityTypeBuilder<ClosedYear> b)
    {
        b.ToTable("closed_years");
        b.HasIndex(x => x.Year).IsUnique();
        b.Property(x => x.ClosedBy).HasMaxLength(100);
        b.Property(x => x.Settings).HasMaxLength(100_000);
        b.Property(x => x.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ClosedYearFigures> b)
    {
        b.ToTable("closed_year_figures");
        b.HasIndex(x => new { x.Year, x.Kind, x.UnionId });
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Figures).HasMaxLength(1_000_000);
        b.HasOne(x => x.Union).WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A closed year as the scorecard and the report read it: when, by whom, the parameters, and the figures kept by kind and union.</summary>
public sealed record KeptYear(int Year, DateTime ClosedAt, string ClosedBy, IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<(string Kind, long? UnionId), string> Figures)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The figures of a kind for every union they were kept for.</summary>
    public IReadOnlyDictionary<long, T> Of<T>(string kind) =>
        Figures.Where(f => f.Key.Kind == kind && f.Key.UnionId is not null).ToDictionary(f => f.Key.UnionId!.Value, f => JsonSerializer.Deserialize<T>(f.Value, Json)!);

    public static string Write<T>(T figures) => JsonSerializer.Serialize(figures, Json);

    /// <summary>The figures of one kind kept for one union (or, with none, the district's), or null when the year is open or they were not kept.</summary>
    public static async Task<T?> FiguresAsync<T>(GonghuiDbContext db, int year, string kind, long? unionId, CancellationToken ct) where T : class
    {
        // The caller has checked the union is in the actor's scope (the scorecard answered for it).
        var text = await db.Set<ClosedYearFigures>().IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Year == year && f.Kind == kind && f.UnionId == unionId).Select(f => f.Figures).FirstOrDefaultAsync(ct);
        return text is null ? null : JsonSerializer.Deserialize<T>(text, Json);
    }

    /// <summary>The year's close as kept, with the figures of the given kinds (a check's rule), or null while it is open.</summary>
    public static async Task<KeptYear?> LoadAsync(GonghuiDbContext db, int year, IReadOnlyCollection<string> kinds, CancellationToken ct)
    {
        var closed = await db.Set<ClosedYear>().AsNoTracking().FirstOrDefaultAsync(c => c.Year == year, ct);
        if (closed is null)
        {
            return null;
        }

        // The scorecard reads the figures of the unions it assesses; scoping is the scorecard's, so every union's row is read here.
        var figures = await db.Set<ClosedYearFigures>().IgnoreQueryFilters().AsNoTracking().Where(f => f.Year == year && kinds.Contains(f.Kind))
            .Select(f => new { f.Kind, f.UnionId, f.Figures }).ToListAsync(ct);
        return new KeptYear(year, closed.ClosedAt, closed.ClosedBy, JsonSerializer.Deserialize<Dictionary<string, string>>(closed.Settings, Json) ?? [],
            figures.ToDictionary(f => (f.Kind, f.UnionId), f => f.Figures));
    }
}
