using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Organisation;

/// <summary>The fields a user sets when creating or editing a union. <see cref="Version"/> is required for edits.</summary>
public sealed record UnionInput
{
    [MaxLength(32)]
    [RegularExpression(@"^[A-Za-z0-9]
    [A-Za-z0-9-]{0,31}$")]
    public string? Code { get; init; }

    [MaxLength(100)]
    public string? Name { get; init; }

    public UnionKind? Kind { get; init; }

    public IndustrySector? Sector { get; init; }

    public long? ParentId { get; init; }

    [MaxLength(50)]
    public string? ChairName { get; init; }

    /// <summary>Grassroots unions only: committee (default), organiser or joint.</summary>
    public Rules.GrassrootsForm? Form { get; init; }

    [MaxLength(20)]
    [RegularExpression(@"^[0-9+\- ()]{7,20}$")]
    public string? ContactPhone { get; init; }

    [MaxLength(100)]
    [RegularExpression("@")]
    public string? ContactEmail { get; init; }

    [MaxLength(200)]
    public string? Address { get; init; }

    public long? Version { get; init; }
}

/// <summary>Field checks and the tree's shape: which kind may stand under which.</summary>
public static partial class UnionInputValidator
{
    public static ValidationErrors Validate(UnionInput input, UnionKind? parentKind, bool parentGiven, IStringLocalizer<SharedResource> t)
    {
        var e = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Code))
        {
            e.Add("code", t["Union.CodeRequired"]);
        }
        else if (!CodePattern().IsMatch(input.Code.Trim()))
        {
            e.Add("code", t["Union.CodeFormat"]);
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            e.Add("name", t["Union.NameRequired"]);
        }
        else if (input.Name.Trim().Length > 100)
        {
            e.Add("name", t["Field.TooLong", 100]);
        }

        if (input.Kind is not UnionKind kind)
        {
            e.Add("kind", t["Union.KindRequired"]);
            return e;
        }

        if (kind == UnionKind.IndustrialUnion && input.Sector is null)
        {
            e.Add("sector", t["Union.SectorRequired"]);
        }
        else if (kind != UnionKind.IndustrialUnion && input.Sector is not null)
        {
            e.Add("sector", t["Union.SectorOnlyIndustrial"]);
        }

        if (kind != UnionKind.GrassrootsUnion && input.Form is not null)
        {
            e.Add("form", t["Union.FormOnlyGrassroots"]);
        }

        if (!FitsUnder(kind, parentGiven ? parentKind : null))
        {
            e.Add("parentId", t["Union.ParentKindInvalid", t[$"UnionKind.{kind}"]]);
        }

        if (input.ContactPhone is { Length: > 0 } phone && !PhonePattern().IsMatch(phone.Trim()))
        {
            e.Add("contactPhone", t["Union.PhoneFormat"]);
        }

        if (input.ContactEmail is { Length: > 0 } mail && !mail.Contains('@', StringComparison.Ordinal))
        {
            e.Add("contactEmail", t["Union.EmailFormat"]);
        }

        Limit(e, "chairName", input.ChairName, 50, t);
        Limit(e, "address", input.Address, 200, t);
        return e;
    }

    /// <summary>District at the top; area federations and industrial unions under it; grassroots unions under any of those, as deep as needed.</summary>
    public static bool FitsUnder(UnionKind kind, UnionKind? parent) => kind switch
    {
        UnionKind.District => parent is null,
        UnionKind.AreaFederation or UnionKind.IndustrialUnion => parent == UnionKind.District,
        _ => parent is UnionKind.AreaFederation or UnionKind.IndustrialUnion or UnionKind.GrassrootsUnion,
    };

    private static void Limit(ValidationErrors e, string field, string? value, int max, IStringLocalizer<SharedResource> t)
    {
        if (value is not null && value.Trim().Length > max)
        {
            e.Add(field, t["Field.TooLong", max]);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")]
    private static partial Regex CodePattern();

    // Landlines with area code and extension, and mobiles: what a union office prints on its door.
    [GeneratedRegex(@"^[0-9+\- ()]{7,20}$")]
    private static partial Regex PhonePattern();
}
