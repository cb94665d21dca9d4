using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Accounts;

/// <summary>
/// <c>POST /api/v1/account/password</c>: the signed-in user changes their own password. Every other session of theirs
/// ends: a password changed because it leaked must shut out whoever used it.
/// </summary>
public sealed class ChangePassword(GonghuiDbContext db, UserManager<User> users, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public sealed record Request([property: MaxLength(UserInput.PasswordMaxLength)] string? CurrentPassword, [property: MaxLength(UserInput.PasswordMaxLength)] string? NewPassword);

    public async Task<Outcome<bool>> HandleAsync(Request request, CancellationToken ct)
    {
        var user = actor.UserId is null ? null : await users.FindByIdAsync(actor.UserId);
        if (user is null)
        {
            return Outcome.NotFound;
        }

        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            return Outcome.Invalid("currentPassword", t["Account.WrongPassword"]);
        }

        foreach (var (field, value) in new[] { ("currentPassword", request.CurrentPassword), ("newPassword", request.NewPassword) })
        {
            if (UserInput.PasswordTooLong(t, value) is { } tooLong)
            {
                return Outcome.Invalid(field, tooLong);
            }
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword ?? "");
        if (!result.Succeeded)
        {
            return Outcome.Invalid(CreateUser.IdentityErrors(result, result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "currentPassword" : "newPassword"));
        }

        await ResetPassword.RevokeSessionsAsync(db, user.Id, ct, keep: actor.SessionId);
        return true;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/password", async (Request request, ChangePassword h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(request, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .WithName("ChangePassword");
}
