using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>DELETE /api/v1/elections/{id}?version=</c>: an election entered by mistake; an approved one, or one a further round continues, stays.</summary>
public sealed class DeleteElection(GonghuiDbContext db, CongressReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableElectionAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        if (found.Value!.Status is ElectionStatus.Submitted or ElectionStatus.Approved)
        {
            return Outcome.Conflict(t["Congress.ElectionLocked", t[$"ElectionStatus.{found.Value.Status}"]]);
        }

        return (await db.TryDeleteAsync(found.Value, version, ct)).ToOutcome(t["Congress.ElectionReferenced"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteElection h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteElection");
}
