using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Stations;

/// <summary><c>POST /api/v1/service-stations/{id}/scores</c>: the year's score against the district's checklist (a second in the same year replaces the first).</summary>
public sealed class ScoreStation(GonghuiDbContext db, StationReader reader)
{
    public Task<Outcome<StationDto>> HandleAsync(long id, StationScoreInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, station => Task.FromResult(reader.Score(input, station)),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/scores", async (long id, StationScoreInput input, ScoreStation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ScoreStation");
}
