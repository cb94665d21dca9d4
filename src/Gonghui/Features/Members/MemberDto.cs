using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Members;

/// <summary>A member as the API and the console show it: ID number and phone masked unless revealed.</summary>
public sealed record MemberDto(
    long Id,
    string Name,
    string IdNumber,
    string? Phone,
    DateOnly BirthDate,
    Gender Gender,
    long UnionId,
    string UnionName,
    long? EnterpriseId,
    string? EnterpriseName,
    DateOnly? JoinedOn,
    string? CardNumber,
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
    string? CardNumber,
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
            BirthDate, Gender, UnionId, UnionName, EnterpriseId, EnterpriseName, JoinedOn, CardNumber, Status, EndedOn, EndReason,
            TransferredFromId, reveal, Version, CreatedAt, UpdatedAt);
    }
}

internal static class MemberQueries
{
    public static IQueryable<MemberRow> ToRow(this IQueryable<Member> members) =>
        members.Select(m => new MemberRow(
            m.Id, m.Name, m.IdNumberCipher, m.PhoneCipher, m.BirthDate, m.Gender, m.UnionId, m.Union!.Name, m.EnterpriseId,
            m.Enterprise != null ? m.Enterprise.Name : null, m.JoinedOn, m.CardNumber, m.Status, m.EndedOn, m.EndReason,
            m.TransferredFromId, m.Version, m.CreatedAt, m.UpdatedAt));
}
