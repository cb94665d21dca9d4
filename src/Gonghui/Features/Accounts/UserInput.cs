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
    public string? Login { get; init; }

    public string? DisplayName { get; init; }

    public string? Role { get; init; }

    public long? UnionId { get; init; }

    /// <summary>On creation only; later changes go through a password reset.</summary>
    public string? Password { get; init; }

    public bool IsDisabled { get; init; }

    public string? Version { get; init; }
}

/// <summary>Checks a role and its union together: union roles need a union, district roles and auditors have none.</summary>
public sealed class UserInputValidator(GonghuiDbContext db, AccountScope scope, IStringLocalizer<SharedResource> t)
{
    public async Task<(ValidationErrors Errors, bool Forbidden)> ValidateAsync(UserInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            e.Add("displayName", t["User.DisplayNameRequired"]);
        }

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
