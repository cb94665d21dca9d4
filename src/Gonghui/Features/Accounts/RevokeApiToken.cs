using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Accounts;

/// <summary><c>DELETE /api/v1/tokens/{id}</c>: revokes one of the caller's tokens; it stops working at once.</summary>
public sealed class RevokeApiToken(GonghuiDbContext db, CurrentActor actor)
{
    public async Task<Outcome<bool>> HandleAsync(long id, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, ct);
        if (token is null)
        {
            return Outcome.NotFound;
        }

        token.RevokedAt ??= DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, RevokeApiToken h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .WithName("RevokeApiToken");
}
