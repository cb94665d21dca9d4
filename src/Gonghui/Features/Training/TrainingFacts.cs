using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Training;

/// <summary>A training that certified workers in the period, with how many of its certificates fell in it.</summary>
public sealed record CertifyingTraining(long Id, string Title, DateOnly StartOn, int Certificates);

/// <summary>Workers certified in a period under one union, each counted once, and the trainings that certified them.</summary>
public sealed record CertifiedWorkers(int Workers, IReadOnlyList<CertifyingTraining> Trainings);

/// <summary>R7's facts, read once for many unions: for the compliance check and the module's own summary alike.</summary>
public sealed class TrainingFacts(GonghuiDbContext db)
{
    /// <summary>
    /// Workers certified from <paramref name="from"/> to <paramref name="to"/> by trainings of each union or a union below
    /// it, counted once each by their ID number's keyed hash however many certificates they obtained.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, CertifiedWorkers>> CertifiedAsync(IReadOnlyList<(long Id, string Path)> unions, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.Set<TrainingCertificate>().AsNoTracking()
            .Where(c => c.IssuedOn >= from && c.IssuedOn <= to)
            .Join(db.Set<CertificationTraining>(), c => c.TrainingId, t => t.Id, (c, t) => new { c.IdNumberHash, t.Id, t.Title, t.StartOn, t.Union!.Path })
            .ToListAsync(ct);
        return unions.ToDictionary(u => u.Id, u =>
        {
            var own = rows.Where(r => r.Path.StartsWith(u.Path, StringComparison.Ordinal)).ToList();
            return new CertifiedWorkers(own.Select(r => r.IdNumberHash).Distinct().Count(),
                own.GroupBy(r => (r.Id, r.Title, r.StartOn)).OrderBy(g => g.Key.StartOn).ThenBy(g => g.Key.Id)
                    .Select(g => new CertifyingTraining(g.Key.Id, g.Key.Title, g.Key.StartOn, g.Count())).ToList());
        });
    }
}
