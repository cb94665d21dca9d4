using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Officers;

/// <summary><c>DELETE /api/v1/officers/{id}?version=</c>: removes a record entered by mistake; an officer who leaves gets an end date.</summary>
public sealed class DeleteOfficer(GonghuiDbContext db, OfficerAccess access)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await access.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        var officer = found.Value!;

        db.Officers.Remove(officer);
        return await db.TrySaveAsync(officer, version, ct) ? true : Outcome.Stale;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteOfficer h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteOfficer");
}
