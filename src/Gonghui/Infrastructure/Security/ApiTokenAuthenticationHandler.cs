using System.Text.Encodings.Web;
using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gonghui.Infrastructure.Security;

/// <summary><c>Authorization: Bearer gh_…</c>: a personal API token, checked against its stored hash on every request.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    GonghuiDbContext db,
    LastUse lastUse,
    IUserClaimsPrincipalFactory<User> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiToken.HashOf(header["Bearer ".Length..].Trim());
        var now = DateTime.UtcNow;
        var found = await db.ApiTokens
            .Where(t => t.TokenHash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsActive(now) || found.User.IsDisabled || found.User.LockoutEnd > new DateTimeOffset(now))
        {
            return AuthenticateResult.Fail("invalid token");
        }

        // Noted, not written: a request that only reads never waits for the write lock (LastUse).
        lastUse.Token(found.Token.Id, now);

        var principal = await principals.CreateAsync(found.User);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
