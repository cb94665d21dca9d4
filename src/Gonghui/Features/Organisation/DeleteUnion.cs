using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Organisation;

/// <summary><c>DELETE /api/v1/unions/{id}?version=</c>: only a union with nothing below it and no accounts bound to it.</summary>
public sealed class DeleteUnion(GonghuiDbContext db, ScopedUnions scoped, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var (union, access) = await scoped.FindForWriteAsync(id, ct);
        if (union is null)
        {
            return Outcome.NotFound;
        }

        if (access == ScopedUnions.Access.OutOfScope || scoped.IsOwnRoot(union))
        {
            return Outcome.Forbidden;
        }

        if (await db.Unions.IgnoreQueryFilters().AnyAsync(u => u.ParentId == id, ct))
        {
            return Outcome.Conflict(t["Union.HasChildren"]);
        }

        if (await db.Users.AnyAsync(u => u.UnionId == id, ct))
        {
            return Outcome.Conflict(t["Union.HasUsers"]);
        }

        return (await db.TryDeleteAsync(union, version, ct)).ToOutcome(t["Union.InUse"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteUnion h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.Administer)
            .WithName("DeleteUnion");
}
