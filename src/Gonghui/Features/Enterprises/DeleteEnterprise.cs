using Gonghui.Features.Members;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Enterprises;

/// <summary><c>DELETE /api/v1/enterprises/{id}?version=</c>: not while other enterprises name it as the one that brought them in, nor while members work there.</summary>
public sealed class DeleteEnterprise(GonghuiDbContext db, EnterpriseAccess access, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var (enterprise, writable) = await access.FindForWriteAsync(id, ct);
        if (enterprise is null)
        {
            return Outcome.NotFound;
        }

        if (!writable)
        {
            return Outcome.Forbidden;
        }

        if (await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.BroughtInById == id, ct))
        {
            return Outcome.Conflict(t["Enterprise.HasBroughtIn"]);
        }

        if (await db.Members.IgnoreQueryFilters().AnyAsync(m => m.EnterpriseId == id, ct))
        {
            return Outcome.Conflict(t["Enterprise.HasMembers"]);
        }

        return (await db.TryDeleteAsync(enterprise, version, ct)).ToOutcome(t["Enterprise.InUse"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteEnterprise h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteEnterprise");
}
