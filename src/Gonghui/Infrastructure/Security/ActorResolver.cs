using System.Security.Claims;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Security;

/// <summary>Fills <see cref="CurrentActor"/> from a principal, looking the union's path up so a moved union takes effect at once.</summary>
public sealed class ActorResolver(GonghuiDbContext db, CurrentActor actor)
{
    public async Task ResolveAsync(ClaimsPrincipal principal, string? ipAddress, CancellationToken ct = default)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            actor.SetAnonymous(ipAddress);
            return;
        }

        string? path = null;
        if (long.TryParse(principal.FindFirstValue(GonghuiClaims.UnionId), out var unionId))
        {
            path = await db.ScopePathAsync(unionId, ct);
        }

        // A Blazor circuit has no request address of its own: its sign-in's address stands for it.
        if (ipAddress is null && principal.FindFirstValue(GonghuiClaims.SessionId) is { } sessionId)
        {
            ipAddress = await db.UserSessions.Where(s => s.Id == sessionId).Select(s => s.IpAddress).FirstOrDefaultAsync(ct);
        }

        actor.SetUser(principal, path, ipAddress);
    }
}
