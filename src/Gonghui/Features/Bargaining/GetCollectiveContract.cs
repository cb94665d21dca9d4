using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Bargaining;

/// <summary><c>GET /api/v1/collective-contracts/{id}</c>: with its status, deadlines, coverage, coded clauses (L8 findings) and wage standards.</summary>
public sealed class GetCollectiveContract(ContractReader reader)
{
    public async Task<Outcome<CollectiveContractDto>> HandleAsync(long id, CancellationToken ct) =>
        await reader.ReadAsync(id, ct) is { } dto ? dto : Outcome.NotFound;

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetCollectiveContract h, Problems p, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetCollectiveContract");
}
