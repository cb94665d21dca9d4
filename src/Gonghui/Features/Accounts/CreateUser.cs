using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Accounts;

/// <summary><c>POST /api/v1/users</c> and <c>gonghui admin create-user</c>: a new account with one role.</summary>
public sealed class CreateUser(UserManager<User> users, UserInputValidator validator, AccountScope scope, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<UserDto>> HandleAsync(UserInput input, CancellationToken ct)
    {
        var (errors, forbidden) = await validator.ValidateAsync(input, ct);
        if (string.IsNullOrWhiteSpace(input.Login))
        {
            errors.Add("login", t["User.LoginRequired"]);
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add("password", t["Password.Weak"]);
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        var user = new User
        {
            UserName = input.Login!.Trim(),
            DisplayName = input.DisplayName!.Trim(),
            UnionId = input.UnionId,
            IsDisabled = input.IsDisabled,
            CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return Outcome.Invalid(IdentityErrors(created, "password"));
        }

        await users.AddToRoleAsync(user, input.Role!);
        return await scope.ToDto(scope.Visible().Where(u => u.Id == user.Id)).AsNoTracking().FirstAsync(ct);
    }

    /// <summary>Identity's errors under the field they concern (login for names, the given field otherwise).</summary>
    internal static ValidationErrors IdentityErrors(IdentityResult result, string passwordField)
    {
        var errors = new ValidationErrors();
        foreach (var e in result.Errors)
        {
            errors.Add(e.Code.Contains("UserName", StringComparison.Ordinal) ? "login" : passwordField, e.Description);
        }

        return errors;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (UserInput input, CreateUser h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, u => TypedResults.Created($"/api/v1/users/{u.Id}", u)))
            .Produces(StatusCodes.Status201Created)
            .WithName("CreateUser");
}
