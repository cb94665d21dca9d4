using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Members;

public sealed record MemberInput
{
    [MaxLength(50)]
    public string? Name { get; init; }

    [MaxLength(18)]
    [RegularExpression(@"^\d{17}[\dXx]$")]
    public string? IdNumber { get; init; }

    [MaxLength(20)]
    [RegularExpression(@"^(\+?86)?1[3-9]\d{9}$")]
    public string? Phone { get; init; }

    public long? UnionId { get; init; }

    public long? EnterpriseId { get; init; }

    public DateOnly? JoinedOn { get; init; }

    public long? Version { get; init; }
}

/// <summary>A member's fields as checked: the normalised ID number with what it tells, the cleaned phone.</summary>
public sealed record CheckedMember(string Name, IdNumberCheck Id, string? Phone, long UnionId, long? EnterpriseId, DateOnly? JoinedOn);

/// <summary>Field checks, the ID number's check character, and whether the actor may keep members of the union named.</summary>
/// <summary>The union holding a person's active membership: its name, and its path to tell whether the caller may see it.</summary>
public sealed record ActiveHolder(string UnionName, string Path);

public sealed class MemberInputValidator(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<(ValidationErrors Errors, CheckedMember? Member, bool Forbidden)> ValidateAsync(MemberInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            e.Add("name", t["Member.NameRequired"]);
        }
        else if (name.Length > 50)
        {
            e.Add("name", t["Field.TooLong", 50]);
        }

        var id = Members.IdNumber.Check(input.IdNumber, LocalizationSetup.Today);
        if (id.Problem is { } problem)
        {
            e.Add("idNumber", t[$"IdNumber.{problem}"]);
        }

        var phone = MobileNumber.Clean(input.Phone);
        if (!string.IsNullOrWhiteSpace(input.Phone) && phone is null)
        {
            e.Add("phone", t["Phone.Invalid"]);
        }

        if (input.JoinedOn is { } joined && (joined > LocalizationSetup.Today || (id.BirthDate is { } birth && joined < birth)))
        {
            e.Add("joinedOn", t["Member.JoinedOnInvalid"]);
        }

        string? unionPath = null;
        if (input.UnionId is not long unionId)
        {
            e.Add("unionId", t["Member.UnionRequired"]);
        }
        else
        {
            unionPath = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (unionPath is null)
            {
                e.Add("unionId", t["Union.ParentMissing"]);
            }
        }

        if (input.EnterpriseId is long enterpriseId && !await db.Enterprises.IgnoreQueryFilters().AnyAsync(x => x.Id == enterpriseId, ct))
        {
            e.Add("enterpriseId", t["Member.EnterpriseMissing"]);
        }

        if (e.Any)
        {
            return (e, null, false);
        }

        return (e, new CheckedMember(name, id, phone, input.UnionId!.Value, input.EnterpriseId, input.JoinedOn), !actor.CanWriteRegistryUnder(unionPath!));
    }

    /// <summary>Rule member-unique: the union that already holds this person's active membership, if another record does.</summary>
    public Task<ActiveHolder?> ActiveElsewhereAsync(string idNumberHash, long? exceptId, CancellationToken ct) =>
        db.Members.IgnoreQueryFilters()
            .Where(m => m.IdNumberHash == idNumberHash && m.Status == MemberStatus.Active && m.Id != exceptId)
            .Select(m => new ActiveHolder(m.Union!.Name, m.Union.Path)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The refusal of a second active membership, audited: it names the union that holds the person only when that union
    /// lies in the caller's scope; otherwise it would tell a union's staff where in the district an ID number is a member.
    /// </summary>
    public async Task<Outcome> MemberUniqueAsync(ActiveHolder? holder, string idNumberHash, CancellationToken ct)
    {
        var inScope = holder is not null && (actor.SeesAllUnions || (actor.UnionPath is { } scope && holder.Path.StartsWith(scope, StringComparison.Ordinal)));
        db.RecordEvent("refuse", nameof(Member), null,
            $"{{\"rule\":\"member-unique\",\"hash\":\"{idNumberHash}\",\"holderInScope\":{(inScope ? "true" : "false")}}}");
        await db.SaveChangesAsync(ct);
        return Outcome.RuleBroken("member-unique", inScope ? t["Member.ActiveElsewhere", holder!.UnionName] : t["Member.ActiveOutOfScope"]);
    }

    internal static void Apply(Member target, CheckedMember input, PersonalDataProtector protector)
    {
        target.Name = input.Name;
        var id = input.Id.Value!;
        if (target.IdNumberHash != protector.Hash(id))
        {
            target.IdNumberCipher = protector.Encrypt(id);
            target.IdNumberHash = protector.Hash(id);
        }

        var phoneHash = input.Phone is null ? null : protector.Hash(input.Phone);
        if (target.PhoneHash != phoneHash)
        {
            target.PhoneCipher = input.Phone is null ? null : protector.Encrypt(input.Phone);
            target.PhoneHash = phoneHash;
        }

        target.BirthDate = input.Id.BirthDate!.Value;
        target.Gender = input.Id.Gender!.Value;
        target.UnionId = input.UnionId;
        target.EnterpriseId = input.EnterpriseId;
        target.JoinedOn = input.JoinedOn;
    }
}
