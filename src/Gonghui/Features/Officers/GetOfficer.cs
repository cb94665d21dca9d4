using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Officers;

/// <summary><c>GET /api/v1/officers/{id}</c>: with the officer's training, secondment, exchange and selection entries.</summary>
public sealed class GetOfficer(GonghuiDbContext db)
{
    public async Task<Outcome<OfficerDto>> HandleAsync(long id, CancellationToken ct) =>
        await db.Officers.AsNoTracking().Where(o => o.Id == id).ToDto().FirstOrDefaultAsync(ct) is { } dto ? dto : Outcome.NotFound;

    internal static Task<OfficerDto> ReadAsync(GonghuiDbContext db, long id, CancellationToken ct) =>
        db.Officers.AsNoTracking().IgnoreQueryFilters().Where(o => o.Id == id).ToDto().FirstAsync(ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetOfficer h, Problems p, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetOfficer");
}
