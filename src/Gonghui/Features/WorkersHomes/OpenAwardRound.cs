using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>POST /api/v1/award-rounds</c>: the district opens a round (the title, its year, criteria, pass score and the day nominations close).</summary>
public sealed class OpenAwardRound(GonghuiDbContext db, AwardRoundReader reader)
{
    public async Task<Outcome<AwardRoundDto>> HandleAsync(AwardRoundInput input, CancellationToken ct)
    {
        if (!reader.CanKeepRounds)
        {
            return Outcome.Forbidden;
        }

        var round = new AwardRound();
        if (reader.CheckAndApply(input, round) is { } refused)
        {
            return refused;
        }

        db.Add(round);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(round.Id, ct))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (AwardRoundInput input, OpenAwardRound h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/award-rounds/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("OpenAwardRound");
}
