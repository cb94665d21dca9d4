using Gonghui.Features.Services.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Services;

/// <summary>A union's deliveries of one category in a period, and the workers they served.</summary>
public sealed record DeliveredFacts(string Path, ServiceCategory Category, int Deliveries, int Workers);

/// <summary>
/// What R9 and R10 count, read once for the district and summed per subtree, for the scorecard and the services pages
/// alike: deliveries per union and category, designated services and purchase contracts running in a year.
/// </summary>
public static class ServiceFacts
{
    /// <summary>
    /// Deliveries in the period per union (by path) and category; one row per delivery is read, a year's are counted in
    /// thousands. An assistance case paid in the period is a delivery to one worker: critical-illness and accident aid as
    /// emergency aid, the others as hardship assistance.
    /// </summary>
    public static async Task<IReadOnlyList<DeliveredFacts>> DeliveredAsync(GonghuiDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var deliveries = await db.Set<ServiceDelivery>().IgnoreQueryFilters().AsNoTracking().Where(d => d.DeliveredOn >= from && d.DeliveredOn <= to)
            .Select(d => new { d.Union!.Path, d.Category, Workers = d.Headcount + d.Recipients.Count() }).ToListAsync(ct);
        var aided = await db.Set<Assistance.HardshipAssistance>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Payments.Any(p => p.PaidOn >= from && p.PaidOn <= to))
            .Select(c => new { c.Union!.Path, c.Kind }).ToListAsync(ct);
        return deliveries
            .Concat(aided.Select(c => new
            {
                c.Path,
                Category = c.Kind is Assistance.AssistanceKind.CriticalIllness or Assistance.AssistanceKind.Accident ? ServiceCategory.EmergencyAid : ServiceCategory.HardshipAssistance,
                Workers = 1,
            }))
            .GroupBy(d => (d.Path, d.Category)).Select(g => new DeliveredFacts(g.Key.Path, g.Key.Category, g.Count(), g.Sum(d => d.Workers))).ToList();
    }

    /// <summary>Purchase contracts of the subtree at <paramref name="path"/> whose period meets the one asked.</summary>
    public static System.Linq.Expressions.Expression<Func<ServicePurchase, bool>> PurchasesRunning(string path, DateOnly from, DateOnly to) =>
        p => p.Union!.Path.StartsWith(path) && p.StartsOn <= to && p.EndsOn >= from;

    /// <summary>The deliveries of the subtree at <paramref name="path"/>, by category.</summary>
    public static IReadOnlyDictionary<ServiceCategory, (int Deliveries, int Workers)> Under(IReadOnlyList<DeliveredFacts> facts, string path) =>
        facts.Where(f => f.Path.StartsWith(path, StringComparison.Ordinal)).GroupBy(f => f.Category).ToDictionary(g => g.Key, g => (g.Sum(f => f.Deliveries), g.Sum(f => f.Workers)));

    /// <summary>R10 for one union: each category its industry requires, with what was delivered.</summary>
    public static IReadOnlyList<CategoryCoverage> Coverage(IReadOnlyList<DeliveredFacts> facts, string path, Organisation.IndustrySector? sector, ServiceSettings settings) =>
        RequiredServicesRule.Cover(settings.Required(sector), Under(facts, path), settings.MinimumDeliveries);
}
