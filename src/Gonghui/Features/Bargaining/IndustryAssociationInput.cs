using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

public sealed record IndustryAssociationInput
{
    [MaxLength(200)]
    public string? Name { get; init; }

    public AssociationKind? Kind { get; init; }

    [MaxLength(18)]
    [RegularExpression(@"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    public string? CreditCode { get; init; }

    [MaxLength(1)]
    [RegularExpression(@"^[A-T]$")]
    public string? IndustrySection { get; init; }

    [MaxLength(200)]
    public string? Address { get; init; }

    [MaxLength(100)]
    public string? Contact { get; init; }

    /// <summary>The union that keeps it; none for the district's own.</summary>
    public long? UnionId { get; init; }

    public long? Version { get; init; }
}

public sealed class IndustryAssociationValidator(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<(ValidationErrors Errors, string? CreditCode, bool Forbidden)> ValidateAsync(IndustryAssociationInput input, long? existingId, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            e.Add("name", t["Association.NameRequired"]);
        }
        else if (name.Length > 200)
        {
            e.Add("name", t["Field.TooLong", 200]);
        }
        else if (await db.Set<IndustryAssociation>().AnyAsync(a => a.Name == name && a.Id != existingId, ct))
        {
            e.Add("name", t["Association.NameTaken", name]);
        }

        if (input.Kind is null)
        {
            e.Add("kind", t["Association.KindRequired"]);
        }

        string? code = null;
        if (!string.IsNullOrWhiteSpace(input.CreditCode))
        {
            (code, var problem) = CreditCode.Check(input.CreditCode);
            if (problem is { } p)
            {
                e.Add("creditCode", t[$"CreditCode.{p}"]);
            }
        }

        if (input.IndustrySection is not { Length: 1 } section || section[0] is < 'A' or > 'T')
        {
            e.Add("industrySection", t["Enterprise.SectionInvalid"]);
        }

        if (input.Address?.Trim().Length > 200)
        {
            e.Add("address", t["Field.TooLong", 200]);
        }

        if (input.Contact?.Trim().Length > 100)
        {
            e.Add("contact", t["Field.TooLong", 100]);
        }

        string? unionPath = null;
        if (input.UnionId is long unionId && (unionPath = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct)) is null)
        {
            e.Add("unionId", t["Union.ParentMissing"]);
        }

        var forbidden = !e.Any && !(unionPath is null ? actor.CanWriteDistrictRecords : actor.CanWriteRegistryUnder(unionPath));
        return (e, code, forbidden);
    }

    internal static void Apply(IndustryAssociation target, IndustryAssociationInput input, string? creditCode)
    {
        target.Name = input.Name!.Trim();
        target.Kind = input.Kind!.Value;
        target.CreditCode = creditCode;
        target.IndustrySection = input.IndustrySection!;
        target.Address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        target.Contact = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim();
        target.UnionId = input.UnionId;
    }
}
