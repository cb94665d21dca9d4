using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Accounts;

/// <summary><c>GET /api/v1/account</c>: who the caller is, their role and their union.</summary>
public sealed class GetMe(GonghuiDbContext db, CurrentActor actor)
{
    public sealed record Me(string Id, string Login, string DisplayName, IReadOnlyCollection<string> Roles, long? UnionId, string? UnionName);

    public async Task<Me?> HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.UnionId, UnionName = db.Set<Union>().Where(x => x.Id == u.UnionId).Select(x => x.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        return user is null ? null : new Me(user.Id, user.UserName!, user.DisplayName, actor.Roles, user.UnionId, user.UnionName);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (GetMe h, CancellationToken ct) =>
                await h.HandleAsync(ct) is { } me ? Results.Ok(me) : Results.Unauthorized())
            .WithName("GetMe");
}
