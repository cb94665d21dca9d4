using Gonghui.Features.Organisation;
using Gonghui.Features.Services.Rules;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Services;

/// <summary>
/// <c>GET /api/v1/service-deliveries/coverage?year=</c>: for each industrial union the actor sees, each service category
/// its industry must offer (R10) with the year's deliveries and the workers they served, against the district's minimum.
/// </summary>
public sealed class GetServiceCoverage(GonghuiDbContext db, DistrictSettings settings)
{
    public sealed record Line(long UnionId, string UnionName, IndustrySector? Sector, IReadOnlyList<CategoryCoverage> Categories)
    {
        public bool Met => Categories.All(c => c.Met);
    }

    public async Task<IReadOnlyList<Line>> HandleAsync(int year, CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code).Select(u => new { u.Id, u.Name, u.Path, u.Sector }).ToListAsync(ct);
        var facts = await ServiceFacts.DeliveredAsync(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
        var s = settings.Get<ServiceSettings>();
        return [.. unions.Select(u => new Line(u.Id, u.Name, u.Sector, ServiceFacts.Coverage(facts, u.Path, u.Sector, s)))];
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/coverage", async (GetServiceCoverage h, int? year, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(year ?? Infrastructure.Localization.LocalizationSetup.Today.Year, ct)))
            .WithName("GetServiceCoverage");
}
