using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Organisation;

/// <summary><c>POST /api/v1/unions</c>: adds a node to the tree, under a parent the actor may write to.</summary>
public sealed class CreateUnion(GonghuiDbContext db, ScopedUnions scoped, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<UnionDto>> HandleAsync(UnionInput input, CancellationToken ct)
    {
        Union? parent = null;
        if (input.ParentId is long parentId)
        {
            var (found, access) = await scoped.FindForWriteAsync(parentId, ct);
            if (access == ScopedUnions.Access.Missing)
            {
                return Outcome.Invalid("parentId", t["Union.ParentMissing"]);
            }

            if (access == ScopedUnions.Access.OutOfScope)
            {
                return Outcome.Forbidden;
            }

            parent = found;
        }
        else if (!actor.SeesAllUnions || !actor.IsInRole(Roles.DistrictAdmin) && !actor.IsSystem)
        {
            return Outcome.Forbidden;
        }

        var errors = UnionInputValidator.Validate(input, parent?.Kind, parent is not null, t);
        var code = input.Code?.Trim() ?? "";
        if (!errors.Has("code") && await CheckUnionCode.IsTakenAsync(db, code, null, ct))
        {
            errors.Add("code", t["Union.CodeTaken", code]);
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        var union = new Union { Code = code };
        Apply(union, input);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await UnionTree.InsertAsync(db, [union], parent, ct);
        await tx.CommitAsync(ct);
        db.Entry(union).State = EntityState.Detached;
        return await db.Unions.AsNoTracking().Where(u => u.Id == union.Id).ToDto(db.Unions).FirstAsync(ct);
    }

    internal static void Apply(Union union, UnionInput input)
    {
        union.Name = input.Name!.Trim();
        union.Kind = input.Kind!.Value;
        union.Sector = input.Sector;
        union.ChairName = Clean(input.ChairName);
        union.Form = input.Kind == UnionKind.GrassrootsUnion ? input.Form ?? Rules.GrassrootsForm.Committee : null;
        union.ContactPhone = Clean(input.ContactPhone);
        union.ContactEmail = Clean(input.ContactEmail);
        union.Address = Clean(input.Address);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (UnionInput input, CreateUnion h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, u => TypedResults.Created($"/api/v1/unions/{u.Id}", u)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.Administer)
            .WithName("CreateUnion");
}
