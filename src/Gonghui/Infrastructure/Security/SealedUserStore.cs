using System.Security.Cryptography;
using System.Text;
using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// Identity's store, with the second factor's secrets kept as secrets: the authenticator key protected by Data
/// Protection (its key ring is sealed under the data folder's key, and keeps old keys, so rotating the personal-data key
/// never strands it; the framework stores it as plain text), and recovery codes as SHA-256 digests (it stores them
/// whole), so a copy of the database yields neither a working code generator nor a code.
/// </summary>
public sealed class SealedUserStore(GonghuiDbContext db, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<User, IdentityRole, GonghuiDbContext>(db, describer)
{
    /// <summary>Where Identity keeps an account's own tokens, and the name of the recovery codes among them.</summary>
    public const string Provider = "[AspNetUserStore]";
    public const string RecoveryCodes = "RecoveryCodes";
    private const string AuthenticatorKey = "AuthenticatorKey";

    private readonly IDataProtector protector = protection.CreateProtector("Gonghui.AuthenticatorKey");

    public override Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, Provider, AuthenticatorKey, protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken cancellationToken) =>
        await GetTokenAsync(user, Provider, AuthenticatorKey, cancellationToken) is { } sealedKey ? protector.Unprotect(sealedKey) : null;

    public override Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, Provider, RecoveryCodes, string.Join(';', recoveryCodes.Select(Digest)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken)
    {
        var digests = (await GetTokenAsync(user, Provider, RecoveryCodes, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!digests.Remove(Digest(code)))
        {
            return false;
        }

        await SetTokenAsync(user, Provider, RecoveryCodes, string.Join(';', digests), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(User user, CancellationToken cancellationToken) =>
        (await GetTokenAsync(user, Provider, RecoveryCodes, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Recovery codes are random and single-use: a plain digest is enough (no dictionary can guess them). Case, spaces and
    /// the dash are not part of a code: typed either way, it is the same code.
    /// </summary>
    private static string Digest(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(new string([.. code.Where(char.IsAsciiLetterOrDigit)]).ToUpperInvariant())));
}
