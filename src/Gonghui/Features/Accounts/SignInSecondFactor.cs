using System.Security.Claims;
using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Gonghui.Features.Accounts;

/// <summary>
/// The sign-in's second step, for the account whose password the first step accepted (named by a five-minute cookie of
/// its own, never by the form): a code of the authenticator (RFC 6238, six digits) or one of the account's recovery
/// codes, each used once. Refusals count toward the same lock and limits as wrong passwords.
/// </summary>
public sealed class SignInSecondFactor(UserManager<User> users, SignIn signIn, SignInLimits limits)
{
    /// <summary>The cookie that carries the account between the two steps.</summary>
    public static readonly string PendingScheme = IdentityConstants.TwoFactorUserIdScheme;

    public static readonly TimeSpan PendingFor = TimeSpan.FromMinutes(5);

    public async Task<SignIn.Result> HandleAsync(string userId, string? code, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        var login = user?.UserName ?? "";
        if (limits.TryLogin(login) is { } wait)
        {
            return new SignIn.Result(null, SignIn.Limited, wait);
        }

        var (ok, how) = user is { TwoFactorEnabled: true } && await signIn.IsOpenAsync(user, login, ct) ? await VerifyAsync(user, code) : (false, "");
        if (!ok)
        {
            await signIn.RefuseAsync(login, user?.Id, ct);
            return new SignIn.Result(null, SignIn.Failed);
        }

        return new SignIn.Result(await signIn.CompleteAsync(user!, how, ct), null);
    }

    /// <summary>An authenticator code (six digits, spaces allowed) or else a recovery code (which is then used up).</summary>
    private async Task<(bool Ok, string How)> VerifyAsync(User user, string? code)
    {
        if (await EnrolTwoFactor.AuthenticatorCodeMatchesAsync(users, user, code))
        {
            return (true, "password+authenticator");
        }

        var typed = new string([.. (code ?? "").Where(char.IsAsciiLetterOrDigit)]);
        return (typed.Length is > 6 and <= 32 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, typed)).Succeeded, "password+recovery-code");
    }

    /// <summary>The cookie's principal: the account and nothing else.</summary>
    public static ClaimsPrincipal Pending(User user) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], PendingScheme));
}
