using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Members;

/// <summary>
/// <c>PUT /api/v1/members/{id}</c> with the <c>version</c> read: corrects a membership's details. Moving it to another union is a
/// transfer. Clients see ID numbers and phones masked, so an <c>idNumber</c> or <c>phone</c> left out (null) keeps the stored one;
/// an empty <c>phone</c> clears it.
/// </summary>
public sealed class UpdateMember(GonghuiDbContext db, MemberInputValidator validator, MemberAccess access, PersonalDataProtector protector, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<MemberDto>> HandleAsync(long id, MemberInput input, CancellationToken ct)
    {
        var found = await access.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<MemberDto>();
        }

        var member = found.Value!;

        if (input.Version is not long version)
        {
            return Outcome.Invalid("version", t["Field.VersionRequired"]);
        }

        input = input with
        {
            UnionId = input.UnionId ?? member.UnionId,
            IdNumber = input.IdNumber ?? protector.Decrypt(member.IdNumberCipher),
            Phone = input.Phone ?? (member.PhoneCipher is null ? null : protector.Decrypt(member.PhoneCipher)),
        };
        var (errors, checkedInput, forbidden) = await validator.ValidateAsync(input, ct);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        if (checkedInput!.UnionId != member.UnionId)
        {
            return Outcome.Invalid("unionId", t["Member.UseTransfer"]);
        }

        if (member.Status == MemberStatus.Active && protector.Hash(checkedInput.Id.Value!) is var hash
            && await validator.ActiveElsewhereAsync(hash, id, ct) is { } holder)
        {
            return await validator.MemberUniqueAsync(holder, hash, ct);
        }

        MemberInputValidator.Apply(member, checkedInput, protector);
        if (!await db.TrySaveAsync(member, version, ct))
        {
            return Outcome.Stale;
        }

        return (await db.Members.AsNoTracking().IgnoreQueryFilters().Where(m => m.Id == id).ToRow().FirstNamedAsync(db, ct)).Open(protector, false);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, MemberInput input, UpdateMember h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateMember");
}
