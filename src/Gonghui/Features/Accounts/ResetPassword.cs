using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Accounts;

/// <summary><c>POST /api/v1/users/{id}/password</c>: an administrator sets a new password; the user's sessions end and any lockout is lifted.</summary>
public sealed class ResetPassword(GonghuiDbContext db, UserManager<User> users, AccountScope scope)
{
    public sealed record Request(string? NewPassword);

    public async Task<Outcome<bool>> HandleAsync(string id, Request request, CancellationToken ct)
    {
        var user = await scope.FindAsync(id, ct);
        if (user is null)
        {
            return Outcome.NotFound;
        }

        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        if (!scope.MayAssign(role, await scope.UnionPathAsync(user, ct)))
        {
            return Outcome.Forbidden;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, request.NewPassword ?? "");
        if (!result.Succeeded)
        {
            return Outcome.Invalid(CreateUser.IdentityErrors(result, "newPassword"));
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await RevokeSessionsAsync(db, user.Id, ct);
        return true;
    }

    internal static Task RevokeSessionsAsync(GonghuiDbContext db, string userId, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        return db.UserSessions.Where(s => s.UserId == userId && s.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id}/password", async (string id, Request request, ResetPassword h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .WithName("ResetPassword");
}
