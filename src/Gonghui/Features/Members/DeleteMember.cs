using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Members;

/// <summary>
/// <c>DELETE /api/v1/members/{id}?version=</c>: removes a record entered by mistake. A member who leaves is recorded as a
/// departure instead; a record another one was transferred from is history and stays.
/// </summary>
public sealed class DeleteMember(GonghuiDbContext db, MemberAccess access, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await access.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        var member = found.Value!;

        if (await db.Members.IgnoreQueryFilters().AnyAsync(m => m.TransferredFromId == id, ct))
        {
            return Outcome.Conflict(t["Member.HasHistory"]);
        }

        db.Members.Remove(member);
        return await db.TrySaveAsync(member, version, ct) ? true : Outcome.Stale;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteMember h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteMember");
}
