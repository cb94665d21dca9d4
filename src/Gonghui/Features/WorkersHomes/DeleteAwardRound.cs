using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>DELETE /api/v1/award-rounds/{id}?version=</c>: a round opened by mistake, before any union nominated.</summary>
public sealed class DeleteAwardRound(GonghuiDbContext db, AwardRoundReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableAsync(id, ct);
        return found.IsOk ? (await db.TryDeleteAsync(found.Value!, version, ct)).ToOutcome(t["AwardRound.Referenced"]) : found.Failed<bool>();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteAwardRound h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteAwardRound");
}
