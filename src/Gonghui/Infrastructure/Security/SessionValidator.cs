using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Security;

/// <summary>Checks on every request that the cookie's server-side session is still alive: not signed out, not idle, user not disabled.</summary>
public static class SessionValidator
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirst(GonghuiClaims.SessionId)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<GonghuiDbContext>();
        if (!await IsAliveAsync(db, sessionId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    /// <summary>Whether the session is alive now; touches it so idling is measured from the last use.</summary>
    public static async Task<bool> IsAliveAsync(GonghuiDbContext db, string? sessionId, CancellationToken ct)
    {
        if (sessionId is null)
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

        if (now - s.LastSeenAt > IdleTimeout)
        {
            await db.UserSessions.Where(x => x.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(x => x.RevokedAt, now), ct);
            return false;
        }

        if (now - s.LastSeenAt > TouchEvery)
        {
            await db.UserSessions.Where(x => x.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSeenAt, now), ct);
        }

        return true;
    }
}
