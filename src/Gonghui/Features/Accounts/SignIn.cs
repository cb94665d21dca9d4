using Gonghui.Infrastructure.Security;
using System.Security.Claims;
using System.Security.Cryptography;
using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;

namespace Gonghui.Features.Accounts;

/// <summary>
/// Console sign-in: checks the password with lockout counting (5 failures lock for 15 minutes), opens a
/// server-side session, and audits success, failure and lockout.
/// </summary>
public sealed class SignIn(
    GonghuiDbContext db,
    UserManager<User> users,
    SignInManager<User> signIn,
    IUserClaimsPrincipalFactory<User> principals)
{
    /// <summary>On failure, <see cref="Error"/> is a code (<c>failed</c>, <c>locked</c>), never text: the sign-in page shows its own words for it.</summary>
    public sealed record Result(ClaimsPrincipal? Principal, string? Error);

    public const string Failed = "failed";
    public const string Locked = "locked";

    public async Task<Result> HandleAsync(string login, string password, CancellationToken ct)
    {
        // The login tried names the actor of sign-in events (cut short: a stranger types what they like).
        var tried = login.Trim() is { Length: > 64 } longLogin ? longLogin[..64] : login.Trim();
        var user = tried.Length == 0 ? null : await users.FindByNameAsync(tried);
        if (user is null || user.IsDisabled)
        {
            await AuditAsync("sign-in-failed", user?.Id, tried, ct);
            return new Result(null, Failed);
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            await AuditAsync(wasLocked ? "sign-in-locked" : "lockout", user.Id, tried, ct);
            return new Result(null, Locked);
        }

        if (!check.Succeeded)
        {
            await AuditAsync("sign-in-failed", user.Id, tried, ct);
            return new Result(null, Failed);
        }

        var now = DateTime.UtcNow;
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
            UserId = user.Id,
            CreatedAt = now,
            LastSeenAt = now,
            IpAddress = db.Actor.IpAddress,
        };
        db.UserSessions.Add(session);
        db.RecordEvent("sign-in", nameof(User), user.Id, actorName: user.UserName);
        await db.SaveChangesAsync(ct);

        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(Infrastructure.Security.GonghuiClaims.SessionId, session.Id));
        return new Result(principal, null);
    }

    private async Task AuditAsync(string action, string? userId, string login, CancellationToken ct)
    {
        db.RecordEvent(action, nameof(User), userId, actorName: login);
        await db.SaveChangesAsync(ct);
    }
}
