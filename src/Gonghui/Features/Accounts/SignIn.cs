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
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindByNameAsync(login.Trim());
        if (user is null || user.IsDisabled)
        {
            await AuditAsync("sign-in-failed", user?.Id, ct);
            return new Result(null, Failed);
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            await AuditAsync(wasLocked ? "sign-in-locked" : "lockout", user.Id, ct);
            return new Result(null, Locked);
        }

        if (!check.Succeeded)
        {
            await AuditAsync("sign-in-failed", user.Id, ct);
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
        db.RecordEvent("sign-in", nameof(User), user.Id);
        await db.SaveChangesAsync(ct);

        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(Infrastructure.Security.GonghuiClaims.SessionId, session.Id));
        return new Result(principal, null);
    }

    private async Task AuditAsync(string action, string? userId, CancellationToken ct)
    {
        db.RecordEvent(action, nameof(User), userId);
        await db.SaveChangesAsync(ct);
    }
}
