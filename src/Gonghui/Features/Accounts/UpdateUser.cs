using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Accounts;

/// <summary><c>PUT /api/v1/users/{id}</c>: name, role, union, disabled. Disabling ends the user's sessions and tokens at once.</summary>
public sealed class UpdateUser(UserManager<User> users, UserInputValidator validator, AccountScope scope, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<UserDto>> HandleAsync(string id, UserInput input, CancellationToken ct)
    {
        var user = await scope.FindAsync(id, ct);
        if (user is null)
        {
            return Outcome.NotFound;
        }

        var currentRole = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        var (errors, forbidden) = await validator.ValidateAsync(input, ct);
        if (string.IsNullOrEmpty(input.Version))
        {
            errors.Add("version", t["Field.VersionRequired"]);
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden || !scope.MayAssign(currentRole, await scope.UnionPathAsync(user, ct)))
        {
            return Outcome.Forbidden;
        }

        if (input.Version != user.ConcurrencyStamp)
        {
            return Outcome.Stale;
        }

        user.DisplayName = input.DisplayName!.Trim();
        user.UnionId = input.UnionId;
        user.IsDisabled = input.IsDisabled;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? Outcome.Stale
                : Outcome.Invalid(CreateUser.IdentityErrors(updated, "displayName"));
        }

        if (currentRole != input.Role)
        {
            if (currentRole.Length > 0)
            {
                await users.RemoveFromRoleAsync(user, currentRole);
            }

            await users.AddToRoleAsync(user, input.Role!);
        }

        return await scope.ToDto(scope.Visible().Where(u => u.Id == id)).AsNoTracking().FirstAsync(ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id}", async (string id, UserInput input, UpdateUser h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("UpdateUser");
}
