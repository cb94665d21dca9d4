using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Officers;

/// <summary><c>DELETE /api/v1/officers/{id}/postings/{postingId}</c>: removes an entry recorded by mistake.</summary>
public sealed class RemoveOfficerPosting(GonghuiDbContext db, OfficerAccess access)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long postingId, CancellationToken ct)
    {
        var found = await access.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        if (found.Value!.Postings.FirstOrDefault(p => p.Id == postingId) is not { } posting)
        {
            return Outcome.NotFound;
        }

        found.Value.Postings.Remove(posting);
        db.Remove(posting);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}/postings/{postingId:long}", async (long id, long postingId, RemoveOfficerPosting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, postingId, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RemoveOfficerPosting");
}
