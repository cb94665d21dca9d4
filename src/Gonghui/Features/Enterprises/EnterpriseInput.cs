using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Enterprises;

public sealed record EnterpriseInput
{
    [MaxLength(200)]
    public string? Name { get; init; }

    [MaxLength(18)]
    [RegularExpression(@"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    public string? CreditCode { get; init; }

    [MaxLength(1)]
    [RegularExpression(@"^[A-T]$")]
    public string? IndustrySection { get; init; }

    [MaxLength(2)]
    [RegularExpression(@"^\d{2}$")]
    public string? IndustryDivision { get; init; }

    public SizeClass? SizeClass { get; init; }

    [MaxLength(50)]
    public string? SubDistrict { get; init; }

    [MaxLength(200)]
    public string? Address { get; init; }

    public int? Employees { get; init; }

    public decimal? Revenue { get; init; }

    public bool IsLeading { get; init; }

    public long? UnionId { get; init; }

    public long? BroughtInById { get; init; }

    public long? Version { get; init; }
}

/// <summary>Field checks, the credit code's check character and uniqueness, and whether the actor may put it under the union named.</summary>
public sealed class EnterpriseInputValidator(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<(ValidationErrors Errors, string CreditCode, bool Forbidden)> ValidateAsync(EnterpriseInput input, long? existingId, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var code = CheckFields(input, e, t);
        if (code is not null && await db.Enterprises.IgnoreQueryFilters().AnyAsync(x => x.CreditCode == code && x.Id != existingId, ct))
        {
            e.Add("creditCode", t["CreditCode.Taken", code]);
        }

        string? unionPath = null;
        if (input.UnionId is long unionId)
        {
            unionPath = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (unionPath is null)
            {
                e.Add("unionId", t["Union.ParentMissing"]);
            }
        }

        if (input.BroughtInById is long by && (by == existingId || !await db.Enterprises.IgnoreQueryFilters().AnyAsync(x => x.Id == by, ct)))
        {
            e.Add("broughtInById", t["Enterprise.BroughtInByMissing"]);
        }

        var forbidden = !e.Any && !(unionPath is null ? actor.CanWriteDistrictRecords : actor.CanWriteRegistryUnder(unionPath));
        return (e, code ?? "", forbidden);
    }

    /// <summary>The checks that need nothing but the input (shared with the import); returns the normalised credit code when it is valid.</summary>
    internal static string? CheckFields(EnterpriseInput input, ValidationErrors e, IStringLocalizer t)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            e.Add("name", t["Enterprise.NameRequired"]);
        }
        else if (input.Name.Trim().Length > 200)
        {
            e.Add("name", t["Field.TooLong", 200]);
        }

        var (code, problem) = Enterprises.CreditCode.Check(input.CreditCode);
        if (problem is { } p)
        {
            e.Add("creditCode", t[$"CreditCode.{p}"]);
        }

        if (input.IndustrySection is not { Length: 1 } section || section[0] is < 'A' or > 'T')
        {
            e.Add("industrySection", t["Enterprise.SectionInvalid"]);
        }

        if (input.IndustryDivision is { Length: > 0 } division && (division.Length != 2 || !division.All(char.IsAsciiDigit)))
        {
            e.Add("industryDivision", t["Enterprise.DivisionInvalid"]);
        }

        e.Optional(t, "subDistrict", input.SubDistrict, Enterprise.SubDistrictMaxLength);
        e.Optional(t, "address", input.Address, Enterprise.AddressMaxLength);
        if (input.Employees is < 0)
        {
            e.Add("employees", t["Enterprise.EmployeesInvalid"]);
        }

        if (input.Revenue is < 0 or >= 1_000_000_000_000m)
        {
            e.Add("revenue", t["Enterprise.RevenueInvalid"]);
        }

        return code;
    }

    internal static void Apply(Enterprise target, EnterpriseInput input, string creditCode)
    {
        target.Name = input.Name!.Trim();
        target.CreditCode = creditCode;
        target.IndustrySection = input.IndustrySection!;
        target.IndustryDivision = string.IsNullOrWhiteSpace(input.IndustryDivision) ? null : input.IndustryDivision;
        // NBS 2017: derived where the industry's table and the figures allow, else as entered.
        target.SizeClass = Rules.SizeClassRule.Derive(target.IndustrySection, target.IndustryDivision, input.Employees, input.Revenue)?.Size ?? input.SizeClass;
        target.SubDistrict = string.IsNullOrWhiteSpace(input.SubDistrict) ? null : input.SubDistrict.Trim();
        target.Address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        target.Employees = input.Employees;
        target.Revenue = input.Revenue;
        target.IsLeading = input.IsLeading;
        target.UnionId = input.UnionId;
        target.BroughtInById = input.BroughtInById;
    }
}
