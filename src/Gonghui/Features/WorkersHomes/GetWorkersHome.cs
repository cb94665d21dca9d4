using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>GET /api/v1/workers-homes/{id}</c>.</summary>
public sealed class GetWorkersHome(WorkersHomeReader reader)
{
    public Task<WorkersHomeDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetWorkersHome h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetWorkersHome");
}
