using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>POST /api/v1/award-rounds/{id}/nominations/{nominationId}/score</c>: the district's score of a nomination against the round's criteria, out of 100.</summary>
public sealed class ScoreNomination(GonghuiDbContext db, AwardRoundReader reader)
{
    public Task<Outcome<AwardRoundDto>> HandleAsync(long roundId, long id, NominationScoreInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, (n, c) => reader.FindNominationAsync(roundId, n, c), nomination => Task.FromResult(reader.Score(input, nomination)),
            async (_, c) => (await reader.ReadAsync(roundId, c))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/nominations/{nominationId:long}/score", async (long id, long nominationId, NominationScoreInput input, ScoreNomination h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, nominationId, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ScoreNomination");
}
