using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/congress-sessions/{id}</c>: the session with its agenda votes, quorum and elections.</summary>
public sealed class GetCongressSession(CongressReader reader)
{
    public Task<SessionDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadSessionAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetCongressSession h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetCongressSession");
}
