using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Security;

/// <summary>Checks on every request that the cookie's server-side session is still alive: not signed out, not idle, user not disabled.</summary>
public static class SessionValidator
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirst(GonghuiClaims.SessionId)?.Value;
        var services = context.HttpContext.RequestServices;
        if (!await IsAliveAsync(services.GetRequiredService<GonghuiDbContext>(), services.GetRequiredService<LastUse>(), sessionId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    /// <summary>
    /// Whether the session is alive now; notes its use so idling is measured from the last one. Reads only: the use and
    /// an idle session's end are written in batches by <see cref="LastUse"/>.
    /// </summary>
    public static async Task<bool> IsAliveAsync(GonghuiDbContext db, LastUse lastUse, string? sessionId, CancellationToken ct)
    {
        if (sessionId is null || lastUse.IsRevoked(sessionId))
        {
            return false;
        }

        var now = DateTime.UtcNow;
        var s = await db.UserSessions
            .Where(x => x.Id == sessionId)
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.RevokedAt, x.LastSeenAt, u.IsDisabled })
            .FirstOrDefaultAsync(ct);
        if (s is null || s.RevokedAt is not null || s.IsDisabled)
        {
            return false;
        }

        var seen = lastUse.SessionSeen(sessionId) is { } pending && pending > s.LastSeenAt ? pending : s.LastSeenAt;
        if (now - seen > IdleTimeout)
        {
            lastUse.Revoke(sessionId, now);
            return false;
        }

        lastUse.Session(sessionId, now);
        return true;
    }
}
