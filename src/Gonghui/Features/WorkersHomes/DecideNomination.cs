using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>POST /api/v1/award-rounds/{id}/nominations/{nominationId}/decide</c>: the district commends a nomination (the home gets the round's title) or declines it.</summary>
public sealed class DecideNomination(GonghuiDbContext db, AwardRoundReader reader)
{
    public Task<Outcome<AwardRoundDto>> HandleAsync(long roundId, long id, NominationDecisionInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, (n, c) => reader.FindNominationAsync(roundId, n, c), nomination => Task.FromResult(reader.Decide(input, nomination)),
            async (_, c) => (await reader.ReadAsync(roundId, c))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/nominations/{nominationId:long}/decide", async (long id, long nominationId, NominationDecisionInput input, DecideNomination h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, nominationId, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DecideNomination");
}
