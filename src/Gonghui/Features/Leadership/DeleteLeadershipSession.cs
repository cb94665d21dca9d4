using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Leadership;

/// <summary><c>DELETE /api/v1/leadership-sessions/{id}?version=</c>: a session entered by mistake.</summary>
public sealed class DeleteLeadershipSession(GonghuiDbContext db, LeadershipRecords records, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await records.FindAsync(id, ct);
        return found.IsOk ? (await db.TryDeleteAsync(found.Value!, version, ct)).ToOutcome(t["Meeting.Referenced"]) : found.Failed<bool>();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteLeadershipSession h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteLeadershipSession");
}
