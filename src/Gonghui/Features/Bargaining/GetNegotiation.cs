using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/negotiations/{id}</c>: with its teams (and whether they meet L1), rounds, vote and answer deadline (L2).</summary>
public sealed class GetNegotiation(NegotiationReader reader)
{
    public async Task<Outcome<NegotiationDto>> HandleAsync(long id, CancellationToken ct) =>
        await reader.ReadAsync(id, ct) is { } dto ? dto : Outcome.NotFound;

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetNegotiation h, Problems p, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetNegotiation");
}
