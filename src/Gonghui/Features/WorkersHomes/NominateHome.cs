using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>POST /api/v1/award-rounds/{id}/nominations</c>: a union puts one of its homes forward, with what it has done.</summary>
public sealed class NominateHome(GonghuiDbContext db, AwardRoundReader reader)
{
    public async Task<Outcome<AwardRoundDto>> HandleAsync(long roundId, NominationInput input, CancellationToken ct)
    {
        var checkedNomination = await reader.CheckNewAsync(roundId, input, ct);
        if (!checkedNomination.IsOk)
        {
            return checkedNomination.Failed<AwardRoundDto>();
        }

        db.Add(checkedNomination.Value!);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(roundId, ct))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/nominations", async (long id, NominationInput input, NominateHome h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/award-rounds/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("NominateHome");
}
