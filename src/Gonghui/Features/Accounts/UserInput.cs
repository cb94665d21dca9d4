using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Accounts;

public sealed record UserInput
{
    public const int LoginMaxLength = 64;
    public const int DisplayNameMaxLength = 50;

    /// <summary>Long enough for any passphrase; a longer one is refused before it is hashed.</summary>
    public const int PasswordMaxLength = 128;

    /// <summary>The refusal of a password longer than <see cref="PasswordMaxLength"/>, or null: checked before any hashing.</summary>
    public static string? PasswordTooLong(IStringLocalizer t, string? password) =>
        password?.Length > PasswordMaxLength ? t["Field.TooLong", PasswordMaxLength].Value : null;

    /// <summary>The concurrency stamp read (a GUID).</summary>
    public const int VersionMaxLength = 64;

    [MaxLength(LoginMaxLength)]
    [RegularExpression("^[A-Za-z0-9._@-]+$")]
    public string? Login { get; init; }

    [MaxLength(DisplayNameMaxLength)]
    public string? DisplayName { get; init; }

    [MaxLength(32)]
    [RegularExpression("^(district-admin|district-staff|union-admin|union-staff|auditor)$")]
    public string? Role { get; init; }

    public long? UnionId { get; init; }

    /// <summary>On creation only; later changes go through a password reset.</summary>
    [MaxLength(PasswordMaxLength)]
    public string? Password { get; init; }

    public bool IsDisabled { get; init; }

    [MaxLength(VersionMaxLength)]
    [RegularExpression("^[0-9a-f-]+$")]
    public string? Version { get; init; }
}

/// <summary>Checks a role and its union together: union roles need a union, district roles and auditors have none.</summary>
public sealed class UserInputValidator(GonghuiDbContext db, AccountScope scope, IStringLocalizer<SharedResource> t)
{
    public async Task<(ValidationErrors Errors, bool Forbidden)> ValidateAsync(UserInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        e.Required(t, "displayName", input.DisplayName, UserInput.DisplayNameMaxLength, "User.DisplayNameRequired");
        e.Optional(t, "login", input.Login, UserInput.LoginMaxLength);
        if (UserInput.PasswordTooLong(t, input.Password) is { } tooLong)
        {
            e.Add("password", tooLong);
        }

        e.Optional(t, "version", input.Version, UserInput.VersionMaxLength);

        if (input.Role is null || !Roles.All.Contains(input.Role))
        {
            e.Add("role", t["User.RoleInvalid"]);
            return (e, false);
        }

        string? path = null;
        if (Roles.IsUnionScoped(input.Role))
        {
            if (input.UnionId is not long unionId)
            {
                e.Add("unionId", t["User.UnionRequired"]);
                return (e, false);
            }

            path = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                e.Add("unionId", t["Union.ParentMissing"]);
            }
        }
        else if (input.UnionId is not null)
        {
            e.Add("unionId", t["User.UnionNotForRole"]);
        }

        return (e, !e.Any && !scope.MayAssign(input.Role, path));
    }
}
