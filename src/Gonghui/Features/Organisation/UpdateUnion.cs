using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Organisation;

/// <summary><c>PUT /api/v1/unions/{id}</c>: edits a union; a new <c>parentId</c> moves it with everything below it.</summary>
public sealed class UpdateUnion(GonghuiDbContext db, ScopedUnions scoped, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<UnionDto>> HandleAsync(long id, UnionInput input, CancellationToken ct)
    {
        var (union, access) = await scoped.FindForWriteAsync(id, ct);
        if (union is null)
        {
            return Outcome.NotFound;
        }

        if (access == ScopedUnions.Access.OutOfScope)
        {
            return Outcome.Forbidden;
        }

        if (input.Version is not long version)
        {
            return Outcome.Invalid("version", t["Field.VersionRequired"]);
        }

        var moving = input.ParentId != union.ParentId;
        if (moving && scoped.IsOwnRoot(union) || input.Kind != union.Kind && (union.Kind == UnionKind.District || scoped.IsOwnRoot(union)))
        {
            return Outcome.Forbidden;
        }

        Union? parent = null;
        if (input.ParentId is long parentId)
        {
            var (found, parentAccess) = await scoped.FindForWriteAsync(parentId, ct);
            if (parentAccess == ScopedUnions.Access.Missing)
            {
                return Outcome.Invalid("parentId", t["Union.ParentMissing"]);
            }

            if (moving && parentAccess == ScopedUnions.Access.OutOfScope)
            {
                return Outcome.Forbidden;
            }

            parent = found;
        }

        var errors = UnionInputValidator.Validate(input, parent?.Kind, parent is not null, t);
        if (parent is not null && parent.Path.StartsWith(union.Path, StringComparison.Ordinal))
        {
            errors.Add("parentId", t["Union.MoveIntoOwnSubtree"]);
        }

        var code = input.Code?.Trim() ?? "";
        if (!errors.Has("code") && code != union.Code && await CheckUnionCode.IsTakenAsync(db, code, union.Id, ct))
        {
            errors.Add("code", t["Union.CodeTaken", code]);
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        union.Code = code;
        CreateUnion.Apply(union, input);
        var oldPath = union.Path;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (moving)
        {
            union.ParentId = parent?.Id;
            union.Path = Union.ChildPath(parent?.Path ?? "/", union.Id);
            var depthShift = (parent?.Depth + 1 ?? 0) - union.Depth;
            union.Depth += depthShift;
            // Descendants keep their shape; only the prefix of their path and their depth change.
            var newPath = union.Path;
#pragma warning disable CA1845 // translated to SQL, where spans do not exist
            await db.Unions.IgnoreQueryFilters()
                .Where(u => u.Path.StartsWith(oldPath) && u.Id != union.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.Path, u => newPath + u.Path.Substring(oldPath.Length))
                    .SetProperty(u => u.Depth, u => u.Depth + depthShift), ct);
#pragma warning restore CA1845
        }

        if (!await db.TrySaveAsync(union, version, ct))
        {
            return Outcome.Stale;
        }

        await tx.CommitAsync(ct);
        db.Entry(union).State = EntityState.Detached;
        return await db.Unions.AsNoTracking().IgnoreQueryFilters().Where(u => u.Id == id).ToDto(db.Unions).FirstAsync(ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, UnionInput input, UpdateUnion h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.Administer)
            .WithName("UpdateUnion");
}
