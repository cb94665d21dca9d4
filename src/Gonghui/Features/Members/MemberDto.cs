using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Members;

/// <summary>
/// A member as the API and the console show it: ID number and phone masked unless revealed. The birth date is part of
/// the ID number, so only its year is shown beside the mask; the whole date comes with a reveal (decision 0014).
/// </summary>
public sealed record MemberDto(
    long Id,
    string Name,
    string IdNumber,
    string? Phone,
    int BirthYear,
    DateOnly? BirthDate,
    Gender Gender,
    long UnionId,
    string UnionName,
    long? EnterpriseId,
    string? EnterpriseName,
    DateOnly? JoinedOn,
    MemberStatus Status,
    DateOnly? EndedOn,
    string? EndReason,
    long? TransferredFromId,
    bool Revealed,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>What is read from the database before the personal data is opened.</summary>
public sealed record MemberRow(
    long Id,
    string Name,
    string IdNumberCipher,
    string? PhoneCipher,
    DateOnly BirthDate,
    Gender Gender,
    long UnionId,
    string UnionName,
    long? EnterpriseId,
    string? EnterpriseName,
    DateOnly? JoinedOn,
    MemberStatus Status,
    DateOnly? EndedOn,
    string? EndReason,
    long? TransferredFromId,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public MemberDto Open(PersonalDataProtector protector, bool reveal)
    {
        var id = protector.Decrypt(IdNumberCipher);
        var phone = PhoneCipher is null ? null : protector.Decrypt(PhoneCipher);
        return new MemberDto(
            Id, Name, reveal ? id : Masking.MaskIdNumber(id), phone is null ? null : reveal ? phone : Masking.MaskPhone(phone),
            BirthDate.Year, reveal ? BirthDate : null, Gender, UnionId, UnionName, EnterpriseId, EnterpriseName, JoinedOn, Status, EndedOn, EndReason,
            TransferredFromId, reveal, Version, CreatedAt, UpdatedAt);
    }
}

internal static class MemberQueries
{
    /// <summary>
    /// The members the actor may see. Whoever sees the whole district goes without the scope filter, which would join every
    /// matching member to its union only to accept it (a name-prefix count reads thousands).
    /// </summary>
    public static IQueryable<Member> VisibleMembers(this GonghuiDbContext db) =>
        db.Actor.SeesAllUnions ? db.Members.IgnoreQueryFilters() : db.Members;

    /// <remarks>
    /// Without the workplace's name: joining enterprises would bring in their own scope filter (a member the actor sees may
    /// work at an enterprise another union covers) and make the database read every enterprise for each member.
    /// <see cref="NameWorkplacesAsync"/> adds the names by key.
    /// </remarks>
    public static IQueryable<MemberRow> ToRow(this IQueryable<Member> members) =>
        members.Select(m => new MemberRow(
            m.Id, m.Name, m.IdNumberCipher, m.PhoneCipher, m.BirthDate, m.Gender, m.UnionId, m.Union!.Name, m.EnterpriseId, null,
            m.JoinedOn, m.Status, m.EndedOn, m.EndReason, m.TransferredFromId, m.Version, m.CreatedAt, m.UpdatedAt));

    /// <summary>The rows with their workplaces' names, looked up by key whatever union covers the enterprise.</summary>
    public static async Task<List<MemberRow>> NameWorkplacesAsync(this GonghuiDbContext db, IReadOnlyCollection<MemberRow> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.EnterpriseId is not null).Select(r => r.EnterpriseId!.Value).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return rows.Select(r => r.EnterpriseId is long id && names.TryGetValue(id, out var name) ? r with { EnterpriseName = name } : r).ToList();
    }

    public static async Task<MemberRow> FirstNamedAsync(this IQueryable<MemberRow> rows, GonghuiDbContext db, CancellationToken ct) =>
        (await db.NameWorkplacesAsync([await rows.FirstAsync(ct)], ct))[0];
}
