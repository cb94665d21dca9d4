using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/elections/{id}</c>: the election with its count.</summary>
public sealed class GetElection(CongressReader reader)
{
    public Task<ElectionDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadElectionAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetElection h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetElection");
}
