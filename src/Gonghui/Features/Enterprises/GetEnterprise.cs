using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Enterprises;

/// <summary><c>GET /api/v1/enterprises/{id}</c>: 404 outside the actor's scope.</summary>
public sealed class GetEnterprise(GonghuiDbContext db)
{
    public async Task<Outcome<EnterpriseDto>> HandleAsync(long id, CancellationToken ct) =>
        await db.Enterprises.AsNoTracking().Where(e => e.Id == id).ToDto().FirstOrDefaultAsync(ct) is { } dto ? dto : Outcome.NotFound;

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetEnterprise h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetEnterprise");
}
