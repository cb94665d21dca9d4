using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Accounts;

/// <summary><c>POST /api/v1/users/{id}/password</c>: an administrator sets a new password; the user's sessions end and any lockout is lifted.</summary>
public sealed class ResetPassword(GonghuiDbContext db, UserManager<User> users, AccountScope scope, IStringLocalizer<SharedResource> t)
{
    public sealed record Request([property: MaxLength(UserInput.PasswordMaxLength)] string? NewPassword);

    public async Task<Outcome<bool>> HandleAsync(string id, Request request, CancellationToken ct)
    {
        var managed = await scope.ManagedAsync(id, users, ct);
        if (managed.Value is not { } user)
        {
            return managed.Failed<bool>();
        }

        if (UserInput.PasswordTooLong(t, request.NewPassword) is { } tooLong)
        {
            return Outcome.Invalid("newPassword", tooLong);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, request.NewPassword ?? "");
        if (!result.Succeeded)
        {
            return Outcome.Invalid(CreateUser.IdentityErrors(result, "newPassword"));
        }

        await SignInFailure.UnlockAsync(db, users, user, ct);
        await RevokeSessionsAsync(db, user.Id, ct);
        return true;
    }

    /// <summary>Ends the user's sessions, all of them or all but <paramref name="keep"/> (the one changing its own password).</summary>
    internal static Task RevokeSessionsAsync(GonghuiDbContext db, string userId, CancellationToken ct, string? keep = null)
    {
        var now = DateTime.UtcNow;
        return db.UserSessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != keep).ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id}/password", async (string id, Request request, ResetPassword h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .WithName("ResetPassword");
}
