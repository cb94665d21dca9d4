using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Services;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R9: each industrial union's designated services and purchase contracts running in the year (<see cref="ServicesCompliance.Purchases"/>).</summary>
public sealed class PurchasedServicesCheck(GonghuiDbContext db) : IComplianceCheck
{
    public string Rule => "R9";

    public string Module => "Services";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var (from, asOf) = (context.From, context.AsOf);
        var designated = await db.Set<DesignatedService>().IgnoreQueryFilters().AsNoTracking().Where(d => d.StartsOn <= asOf && (d.EndsOn == null || d.EndsOn >= from))
            .Select(d => new { d.Id, d.Name, d.StartsOn, d.Union!.Path }).ToListAsync(ct);
        var purchases = await db.Set<ServicePurchase>().IgnoreQueryFilters().AsNoTracking().Where(p => p.SignedOn <= asOf && p.StartsOn <= asOf && p.EndsOn >= from)
            .Select(p => new { p.Id, p.Title, p.StartsOn, p.Union!.Path }).ToListAsync(ct);
        var settings = context.Settings.Get<ServiceSettings>();
        return context.Unions.ToDictionary(u => u.Id, u => ServicesCompliance.Purchases(
            [.. designated.Where(d => d.Path.StartsWith(u.Path, StringComparison.Ordinal))
                .Select(d => new Evidence("designated-service", d.Id, d.Name, d.StartsOn, $"/api/v1/designated-services/{d.Id}", $"/services/deliveries?year={context.Year}"))],
            [.. purchases.Where(p => p.Path.StartsWith(u.Path, StringComparison.Ordinal))
                .Select(p => new Evidence("service-purchase", p.Id, p.Title, p.StartsOn, $"/api/v1/service-purchases/{p.Id}", $"/services/purchases?open={p.Id}"))],
            settings.DesignatedMinimum, settings.PurchaseMinimum));
    }
}

/// <summary>R10: each industrial union's required service categories delivered in the year (<see cref="ServicesCompliance.Required"/>).</summary>
public sealed class RequiredServicesCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IComplianceCheck
{
    public string Rule => "R10";

    public string Module => "Services";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var facts = await ServiceFacts.DeliveredAsync(db, context.From, context.AsOf, ct);
        var settings = context.Settings.Get<ServiceSettings>();
        var year = context.Year;
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var coverage = ServiceFacts.Coverage(facts, u.Path, u.Sector, settings);
            return ServicesCompliance.Required(coverage, settings.MinimumDeliveries, c => new Evidence("service-category", null,
                    t["ServiceDelivery.Evidence", t[$"ServiceCategory.{c.Category}"].Value, c.Deliveries, c.Workers].Value, null,
                    $"/api/v1/service-deliveries?year={year}&unionId={u.Id}&category={EnumText.Of(c.Category)}", $"/services/deliveries?year={year}&unionId={u.Id}&category={EnumText.Of(c.Category)}"),
                string.Join(',', coverage.Select(c => c.Category)));
        });
    }
}
