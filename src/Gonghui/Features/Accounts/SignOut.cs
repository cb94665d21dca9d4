using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Accounts;

/// <summary>Ends the console session on the server, so the cookie is worthless even if copied.</summary>
public sealed class SignOut(GonghuiDbContext db, CurrentActor actor)
{
    public async Task HandleAsync(string? sessionId, CancellationToken ct)
    {
        if (sessionId is null)
        {
            return;
        }

        var now = DateTime.UtcNow;
        await db.UserSessions.Where(s => s.Id == sessionId && s.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
        db.RecordEvent("sign-out", nameof(User), actor.UserId);
        await db.SaveChangesAsync(ct);
    }
}
