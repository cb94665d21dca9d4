using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Stations;

/// <summary><c>GET /api/v1/service-stations/{id}</c>.</summary>
public sealed class GetStation(StationReader reader)
{
    public Task<StationDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetStation h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetStation");
}
