using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/proposals/{id}</c>.</summary>
public sealed class GetProposal(ProposalReader reader)
{
    public Task<ProposalDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetProposal h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetProposal");
}
