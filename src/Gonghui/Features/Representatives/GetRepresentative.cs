using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/representatives/{id}</c>.</summary>
public sealed class GetRepresentative(RepresentativeReader reader)
{
    public Task<RepresentativeDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetRepresentative h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetRepresentative");
}
