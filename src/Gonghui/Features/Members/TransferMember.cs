using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Members;

/// <summary>
/// <c>POST /api/v1/members/{id}/transfers</c> (会员关系转接): the member's union transfers the membership out to another union.
/// The old record ends as transferred; a new active record opens in the receiving union, keeping the join date; what
/// belongs to the person (<see cref="IFollowsMember"/>) moves to it.
/// </summary>
public sealed class TransferMember(GonghuiDbContext db, MemberAccess access, PersonalDataProtector protector, IEnumerable<IFollowsMember> followers, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(long? ToUnionId, long? EnterpriseId, DateOnly? Date, [property: MaxLength(200)] string? Reason, long? Version);

    public async Task<Outcome<MemberDto>> HandleAsync(long id, Request request, CancellationToken ct)
    {
        var found = await access.FindActiveAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<MemberDto>();
        }

        var member = found.Value!;

        var errors = new ValidationErrors();
        var toUnion = request.ToUnionId is long to
            ? await db.Unions.IgnoreQueryFilters().Where(u => u.Id == to).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct)
            : null;
        if (toUnion is null)
        {
            errors.Add("toUnionId", t["Member.TransferUnionRequired"]);
        }
        else if (toUnion.Id == member.UnionId)
        {
            errors.Add("toUnionId", t["Member.TransferSameUnion"]);
        }

        var date = request.Date ?? LocalizationSetup.Today;
        if (date > LocalizationSetup.Today || (member.JoinedOn is { } joined && date < joined))
        {
            errors.Add("date", t["Member.DateInvalid"]);
        }

        if (request.EnterpriseId is long enterpriseId && !await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.Id == enterpriseId, ct))
        {
            errors.Add("enterpriseId", t["Member.EnterpriseMissing"]);
        }

        if (request.Reason?.Trim() is { Length: > 200 })
        {
            errors.Add("reason", t["Field.TooLong", 200]);
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        // Two saves in one transaction: the old record must stop being active before the new one may be.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        member.Status = MemberStatus.Transferred;
        member.EndedOn = date;
        member.EndReason = string.IsNullOrWhiteSpace(request.Reason) ? t["Member.TransferredTo", toUnion!.Name].Value : request.Reason.Trim();
        if (!await db.TrySaveAsync(member, request.Version, ct))
        {
            return Outcome.Stale;
        }

        var moved = new Member
        {
            Name = member.Name,
            IdNumberCipher = member.IdNumberCipher,
            IdNumberHash = member.IdNumberHash,
            PhoneCipher = member.PhoneCipher,
            PhoneHash = member.PhoneHash,
            BirthDate = member.BirthDate,
            Gender = member.Gender,
            UnionId = toUnion!.Id,
            EnterpriseId = request.EnterpriseId,
            JoinedOn = member.JoinedOn,
            Status = MemberStatus.Active,
            TransferredFromId = member.Id,
        };
        db.Members.Add(moved);
        await db.SaveChangesAsync(ct);
        foreach (var follower in followers)
        {
            await follower.MoveAsync(member.Id, moved.Id, ct);
        }

        await tx.CommitAsync(ct);
        return (await db.Members.AsNoTracking().IgnoreQueryFilters().Where(m => m.Id == moved.Id).ToRow().FirstNamedAsync(db, ct)).Open(protector, false);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/transfers", async (long id, Request request, TransferMember h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, m => TypedResults.Created($"/api/v1/members/{m.Id}", m)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("TransferMember");
}
