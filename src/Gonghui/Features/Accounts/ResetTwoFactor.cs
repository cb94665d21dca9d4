using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Gonghui.Features.Accounts;

/// <summary>
/// <c>POST /api/v1/users/{id}/two-factor/reset</c> (and <c>gonghui admin reset-2fa LOGIN</c>): for a user who lost their
/// phone, an administrator turns the second factor off with a new key and no recovery codes; the user's sessions end,
/// and an account whose role requires one enrols again at its next sign-in. Audited.
/// </summary>
public sealed class ResetTwoFactor(GonghuiDbContext db, UserManager<User> users, AccountScope scope)
{
    public async Task<Outcome<bool>> HandleAsync(string id, CancellationToken ct)
    {
        var managed = await scope.ManagedAsync(id, users, ct);
        if (managed.Value is not { } user)
        {
            return managed.Failed<bool>();
        }

        await ForUserAsync(db, users, user, ct);
        return true;
    }

    internal static async Task ForUserAsync(GonghuiDbContext db, UserManager<User> users, User user, CancellationToken ct)
    {
        await EnrolTwoFactor.TurnOffAsync(db, users, user, "two-factor-reset", ct);
        await ResetPassword.RevokeSessionsAsync(db, user.Id, ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id}/two-factor/reset", async (string id, ResetTwoFactor h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .WithName("ResetTwoFactor");
}
