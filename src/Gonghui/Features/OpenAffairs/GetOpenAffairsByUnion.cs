using Gonghui.Features.OpenAffairs.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.OpenAffairs;

/// <summary>
/// <c>GET /api/v1/affairs-notices/by-union?year=</c>: every industrial union in the actor's scope against the district's
/// list of what it publishes each year — the categories covered and those still owed.
/// </summary>
public sealed class GetOpenAffairsByUnion(GonghuiDbContext db, DistrictSettings district)
{
    public sealed record Row(long UnionId, string UnionName, int Published, IReadOnlyList<AffairsCategory> Covered, IReadOnlyList<AffairsCategory> Missing, bool Met);

    public async Task<IReadOnlyList<Row>> HandleAsync(int year, CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var items = await db.Set<AffairsNotice>().AsNoTracking().Where(x => x.PublishedOn >= from && x.PublishedOn <= to)
            .Select(x => new { x.UnionId, x.Category, x.PublishedOn }).ToListAsync(ct);
        var required = district.Get<OpenAffairsSettings>().RequiredCategories;
        var today = LocalizationSetup.Today;
        return unions.Select(u =>
        {
            var verdict = OpenAffairsRule.Evaluate(year, items.Where(i => i.UnionId == u.Id).Select(i => (i.Category, i.PublishedOn)), required, today < to ? today : to);
            return new Row(u.Id, u.Name, verdict.Published, verdict.Covered, verdict.Missing, verdict.Met);
        }).ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/by-union", async (int year, GetOpenAffairsByUnion h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, ct)))
            .WithName("GetOpenAffairsByUnion");
}
