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
        var query =
            from c in db.Set<CollectiveContract>().AsNoTracking().Where(ListCollectiveContracts.InForceOn(LocalizationSetup.Today))
            from s in c.WageStandards
            select new
            {
                Section = c.Association != null ? c.Association.IndustrySection : db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == c.EnterpriseId).Select(e => e.IndustrySection).FirstOrDefault() ?? "",
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
            query = query.Where(x => x.Section == industrySection);
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
            found.Items.Select(x => new WageStandardLine(x.Section, x.JobType, x.MinimumMonthlyWage, x.AnnualIncreasePercent, x.MinimumMonthlyWage < minimum, x.ContractId, x.Title, x.UnionId, x.UnionName)).ToList(),
            found.Total, found.Page, found.PageSize));
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/wage-standards", async (ListWageStandards h, int? page, int? pageSize, string? q, string? industrySection, bool? belowMinimum, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, null), industrySection, belowMinimum, ct)))
            .WithTags("Bargaining")
            .RequireAuthorization(Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("ListWageStandards");
}
