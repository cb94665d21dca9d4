using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>GET /api/v1/award-rounds/{id}</c>: the round with the nominations the actor sees.</summary>
public sealed class GetAwardRound(AwardRoundReader reader)
{
    public Task<AwardRoundDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetAwardRound h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetAwardRound");
}
