using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

/// <param name="IndustrySection">The industry of the employers' side (the association's, or the enterprise's).</param>
public sealed record WageStandardLine(string IndustrySection, string JobType, decimal MinimumMonthlyWage, decimal? AnnualIncreasePercent, bool BelowMinimumWage, long ContractId, string ContractTitle, long UnionId, string UnionName);

/// <summary>
/// <c>GET /api/v1/wage-standards?industrySection=&amp;q=&amp;belowMinimum=</c>: the wage standards of the contracts in force
/// today, per industry and job type, each compared with the district's minimum monthly wage.
/// </summary>
public sealed class ListWageStandards(GonghuiDbContext db, DistrictSettings district)
{
    public sealed record Result(decimal MinimumMonthlyWage, PagedResult<WageStandardLine> Standards);

    public async Task<Result> HandleAsync(PageQuery page, string? industrySection, bool? belowMinimum, CancellationToken ct)
    {
        var minimum = district.Get<BargainingSettings>().MinimumMonthlyWage;
        var inForce = db.Set<CollectiveContract>().AsNoTracking().Where(ListCollectiveContracts.InForceOn(LocalizationSetup.Today));
        // An employer signing on its own may be covered by no union (a district record the actor does not see): its industry
        // is read by key in a query of its own. IgnoreQueryFilters inside the list's query would lift every scope of it.
        var employerIds = await inForce.Where(c => c.AssociationId == null && c.EnterpriseId != null).Select(c => c.EnterpriseId!.Value).Distinct().ToListAsync(ct);
        var employerSections = await db.Set<Enterprise>().IgnoreQueryFilters().AsNoTracking().Where(e => employerIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.IndustrySection, ct);
        var query =
            from c in inForce
            from s in c.WageStandards
            select new
            {
                Section = c.Association != null ? c.Association.IndustrySection : c.Enterprise != null ? c.Enterprise.IndustrySection : "",
                c.AssociationId,
                c.EnterpriseId,
                s.JobType,
                s.MinimumMonthlyWage,
                s.AnnualIncreasePercent,
                ContractId = c.Id,
                c.Title,
                c.UnionId,
                UnionName = c.Union!.Name,
            };
        if (!string.IsNullOrEmpty(industrySection))
        {
            var employersInSection = employerSections.Where(e => e.Value == industrySection).Select(e => (long?)e.Key).ToList();
            query = query.Where(x => x.AssociationId != null ? x.Section == industrySection : employersInSection.Contains(x.EnterpriseId));
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.JobType.Contains(q));
        }

        if (belowMinimum is bool below)
        {
            query = below ? query.Where(x => x.MinimumMonthlyWage < minimum) : query.Where(x => x.MinimumMonthlyWage >= minimum);
        }

        var found = await page.ApplyAsync(query.OrderBy(x => x.Section).ThenBy(x => x.JobType).ThenBy(x => x.ContractId), ct);
        return new Result(minimum, new PagedResult<WageStandardLine>(
            found.Items.Select(x => new WageStandardLine(x.AssociationId == null && x.EnterpriseId is long e ? employerSections.GetValueOrDefault(e, x.Section) : x.Section, x.JobType, x.MinimumMonthlyWage, x.AnnualIncreasePercent, x.MinimumMonthlyWage < minimum, x.ContractId, x.Title, x.UnionId, x.UnionName)).ToList(),
            found.Total, found.Page, found.PageSize));
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/wage-standards", async (ListWageStandards h, int? page, int? pageSize, string? q, string? industrySection, bool? belowMinimum, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, null), industrySection, belowMinimum, ct)))
            .WithTags("Bargaining")
            .RequireAuthorization(Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("ListWageStandards");
}
