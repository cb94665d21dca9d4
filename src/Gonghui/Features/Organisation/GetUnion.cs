using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Organisation;

/// <summary><c>GET /api/v1/unions/{id}</c>: 404 for a union outside the actor's scope, as for one that does not exist.</summary>
public sealed class GetUnion(GonghuiDbContext db)
{
    public async Task<Outcome<UnionDto>> HandleAsync(long id, CancellationToken ct)
    {
        var dto = await db.Unions.AsNoTracking().Where(u => u.Id == id).ToDto(db.Unions).FirstOrDefaultAsync(ct);
        return dto is null ? Outcome.NotFound : dto;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetUnion h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetUnion");
}
