using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/industry-associations/{id}</c>.</summary>
public sealed class GetIndustryAssociation(GonghuiDbContext db)
{
    public async Task<Outcome<IndustryAssociationDto>> HandleAsync(long id, CancellationToken ct) =>
        await db.Set<IndustryAssociation>().AsNoTracking().Where(a => a.Id == id).ToDto().FirstOrDefaultAsync(ct) is { } dto ? dto : Outcome.NotFound;

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetIndustryAssociation h, Problems p, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetIndustryAssociation");
}
