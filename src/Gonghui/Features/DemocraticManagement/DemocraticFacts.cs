using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.DemocraticManagement;

/// <summary>
/// One enterprise's democratic management in a year (R6): a workers' congress held (and a quorate one, two thirds
/// present), factory affairs published, an employee director and an employee supervisor in office at some time in it.
/// </summary>
public sealed record EnterpriseDemocracy(string IndustrySection, string? UnionPath, bool Congress, bool Quorate, bool Affairs, bool Director, bool Supervisor);

/// <summary>The rates over a set of enterprises, each null when there are none.</summary>
public sealed record DemocracyRates(int Enterprises, int Congress, int QuorateCongress, int FactoryAffairs, int Directors, int Supervisors)
{
    public double? CongressRate => Rate(Congress);

    public double? FactoryAffairsRate => Rate(FactoryAffairs);

    public double? DirectorRate => Rate(Directors);

    public double? SupervisorRate => Rate(Supervisors);

    private double? Rate(int n) => Enterprises == 0 ? null : Math.Round((double)n / Enterprises, 4);

    public static DemocracyRates Of(IReadOnlyCollection<EnterpriseDemocracy> rows) =>
        new(rows.Count, rows.Count(r => r.Congress), rows.Count(r => r.Quorate), rows.Count(r => r.Affairs), rows.Count(r => r.Director), rows.Count(r => r.Supervisor));
}

public static class DemocraticFacts
{
    /// <summary>The year's facts of each enterprise a union covers, from the given enterprises (scoped or not by the caller).</summary>
    public static Task<List<EnterpriseDemocracy>> LoadAsync(GonghuiDbContext db, IQueryable<Enterprise> enterprises, int year, CancellationToken ct)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return enterprises.AsNoTracking().Where(e => e.UnionId != null)
            .Select(e => new EnterpriseDemocracy(
                e.IndustrySection,
                e.Union!.Path,
                db.Set<WorkersCongress>().Any(c => c.EnterpriseId == e.Id && c.HeldOn >= first && c.HeldOn <= last),
                db.Set<WorkersCongress>().Any(c => c.EnterpriseId == e.Id && c.HeldOn >= first && c.HeldOn <= last && c.Present * 3 >= c.Entitled * 2),
                db.Set<FactoryAffairsItem>().Any(f => f.EnterpriseId == e.Id && f.PublishedOn >= first && f.PublishedOn <= last),
                db.Set<EmployeeSeat>().Any(s => s.EnterpriseId == e.Id && s.Kind == SeatKind.EmployeeDirector && s.TermStartOn <= last && (s.TermEndOn == null || s.TermEndOn >= first)),
                db.Set<EmployeeSeat>().Any(s => s.EnterpriseId == e.Id && s.Kind == SeatKind.EmployeeSupervisor && s.TermStartOn <= last && (s.TermEndOn == null || s.TermEndOn >= first))))
            .ToListAsync(ct);
    }
}
