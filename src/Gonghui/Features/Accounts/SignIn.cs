using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using System.Security.Claims;
using System.Security.Cryptography;
using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Accounts;

/// <summary>
/// Console sign-in, the password step. An unknown login, a wrong password, a disabled account and a locked pair answer
/// alike — the same code and a password hash checked every time (a dummy one where there is no account) — so no answer
/// tells which logins exist. Five failures of one login from one address lock that pair for 15 minutes
/// (<see cref="SignInFailure"/>); the administrator signing in from elsewhere is not locked out. Attempts are limited per
/// login (<see cref="SignInLimits"/>). An account with a second factor, or whose role requires one
/// (<see cref="TwoFactorSettings"/>), gets no session yet: <see cref="Result.SecondFactor"/> names it for the next step.
/// </summary>
public sealed class SignIn(
    GonghuiDbContext db,
    UserManager<User> users,
    IPasswordHasher<User> hasher,
    SignInLimits limits,
    DistrictSettings settings,
    IUserClaimsPrincipalFactory<User> principals)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    /// <summary>
    /// On failure, <see cref="Error"/> is a code, never text: the sign-in page shows its own words for it. A password
    /// accepted for an account that needs its second factor (or must first enrol one) answers <see cref="SecondFactor"/>.
    /// </summary>
    public sealed record Result(ClaimsPrincipal? Principal, string? Error, TimeSpan? RetryAfter = null, User? SecondFactor = null);

    public const string Failed = "failed";
    public const string Limited = "limited";

    /// <summary>A hash of no one's password, verified when there is no account to check, so that costs what a real check does.</summary>
    private static string? dummyHash;

    public async Task<Result> HandleAsync(string login, string password, CancellationToken ct)
    {
        // The login tried names the actor of sign-in events (cut short: a stranger types what they like).
        var tried = login.Trim() is { Length: > 64 } longLogin ? longLogin[..64] : login.Trim();
        if (limits.TryLogin(tried) is { } wait)
        {
            return new Result(null, Limited, wait);
        }

        var user = tried.Length == 0 ? null : await users.FindByNameAsync(tried);
        if (!await IsOpenAsync(user, tried, ct))
        {
            hasher.VerifyHashedPassword(null!, dummyHash ??= hasher.HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))), password);
            await RefuseAsync(tried, user?.Id, ct);
            return new Result(null, Failed);
        }

        if (!await users.CheckPasswordAsync(user!, password))
        {
            await RefuseAsync(tried, user!.Id, ct);
            return new Result(null, Failed);
        }

        return user!.TwoFactorEnabled || settings.Get<TwoFactorSettings>().IsRequiredFor(await users.GetRolesAsync(user))
            ? new Result(null, null, SecondFactor: user)
            : new Result(await CompleteAsync(user, "password", ct), null);
    }

    /// <summary>Whether the account may try at all from here: it exists, is enabled and its pair is not locked.</summary>
    internal async Task<bool> IsOpenAsync(User? user, string tried, CancellationToken ct) =>
        user is { IsDisabled: false } && !(await FailureAsync(tried, ct) is { } failure && failure.LockedUntil > DateTime.UtcNow) && !await users.IsLockedOutAsync(user);

    /// <summary>Opens the session of a user who has passed every step; clears the pair's failures; audited.</summary>
    internal async Task<ClaimsPrincipal> CompleteAsync(User user, string how, CancellationToken ct)
    {
        if (await FailureAsync(user.UserName ?? "", ct) is { } failure)
        {
            db.Remove(failure);
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
        db.RecordEvent("sign-in", nameof(User), user.Id, actorName: user.UserName, detail: how);
        await db.SaveChangesAsync(ct);

        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(GonghuiClaims.SessionId, session.Id));
        return principal;
    }

    /// <summary>
    /// Counts a failure of the pair (a password, or a second factor's code). The audit log gets the first failure of
    /// each window and the lockout, not every try: a stranger typing passwords cannot grow it faster than the rate limit
    /// lets them open windows.
    /// </summary>
    internal async Task RefuseAsync(string tried, string? userId, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var failure = await FailureAsync(tried, ct);
        if (failure?.LockedUntil > now)
        {
            return;
        }

        if (failure is null)
        {
            failure = new SignInFailure { Login = tried.ToUpperInvariant(), Address = db.Actor.IpAddress ?? "" };
            db.Add(failure);
        }

        if (failure.Count == 0 || now - failure.WindowStart > LockFor)
        {
            (failure.Count, failure.WindowStart, failure.LockedUntil) = (0, now, null);
            db.RecordEvent("sign-in-failed", nameof(User), userId, actorName: tried);
        }

        failure.Count++;
        if (failure.Count >= MaxFailures)
        {
            failure.LockedUntil = now + LockFor;
            db.RecordEvent("lockout", nameof(User), userId, actorName: tried);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another attempt of the same pair counted first: this one is refused all the same.
            db.ChangeTracker.Clear();
        }
    }

    private Task<SignInFailure?> FailureAsync(string login, CancellationToken ct)
    {
        var (key, address) = (login.ToUpperInvariant(), db.Actor.IpAddress ?? "");
        return db.Set<SignInFailure>().FirstOrDefaultAsync(f => f.Login == key && f.Address == address, ct);
    }
}
