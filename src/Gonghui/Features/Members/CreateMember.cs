using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Members;

/// <summary><c>POST /api/v1/members</c>: a new active membership; refused (422 <c>member-unique</c>) when the person is an active member anywhere in the district.</summary>
public sealed class CreateMember(GonghuiDbContext db, MemberInputValidator validator, PersonalDataProtector protector)
{
    public async Task<Outcome<MemberDto>> HandleAsync(MemberInput input, CancellationToken ct)
    {
        var (errors, member, forbidden) = await validator.ValidateAsync(input, ct);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        var hash = protector.Hash(member!.Id.Value!);
        if (await validator.ActiveElsewhereAsync(hash, null, ct) is { } holder)
        {
            return await validator.MemberUniqueAsync(holder, hash, ct);
        }

        var entity = new Member { Status = MemberStatus.Active };
        MemberInputValidator.Apply(entity, member, protector);
        db.Members.Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same person between the check and the save; the unique index refused it.
            db.Entry(entity).State = EntityState.Detached;
            return await validator.MemberUniqueAsync(await validator.ActiveElsewhereAsync(hash, null, ct), hash, ct);
        }

        return (await db.Members.AsNoTracking().IgnoreQueryFilters().Where(m => m.Id == entity.Id).ToRow().FirstNamedAsync(db, ct)).Open(protector, false);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (MemberInput input, CreateMember h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, m => TypedResults.Created($"/api/v1/members/{m.Id}", m)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateMember");
}
