using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Accounts;

/// <summary>An account as administrators see it. <see cref="Version"/> is Identity's concurrency stamp.</summary>
public sealed record UserDto(
    string Id,
    string Login,
    string DisplayName,
    string Role,
    long? UnionId,
    string? UnionName,
    bool IsDisabled,
    bool IsLockedOut,
    DateTime CreatedAt,
    string Version);

/// <summary>Which accounts an administrator may see and change: a union admin only those bound to its own subtree.</summary>
public sealed class AccountScope(GonghuiDbContext db, CurrentActor actor)
{
    public IQueryable<User> Visible() =>
        actor.SeesAllUnions
            ? db.Users
            : db.Users.Where(u => u.UnionId != null && db.Set<Union>().Any(x => x.Id == u.UnionId));

    public IQueryable<UserDto> ToDto(IQueryable<User> users)
    {
        var now = DateTimeOffset.UtcNow;
        return users.Select(u => new UserDto(
            u.Id,
            u.UserName!,
            u.DisplayName,
            db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).FirstOrDefault() ?? "",
            u.UnionId,
            db.Set<Union>().Where(x => x.Id == u.UnionId).Select(x => x.Name).FirstOrDefault(),
            u.IsDisabled,
            u.LockoutEnd != null && u.LockoutEnd > now,
            u.CreatedAt,
            u.ConcurrencyStamp ?? ""));
    }

    /// <summary>Whether the actor may give <paramref name="role"/> bound to the union at <paramref name="unionPath"/>.</summary>
    public bool MayAssign(string role, string? unionPath) =>
        actor.IsSystem || actor.IsInRole(Roles.DistrictAdmin)
        || (actor.IsInRole(Roles.UnionAdmin) && Roles.IsUnionScoped(role) && unionPath is not null && actor.CanWriteUnder(unionPath));

    public Task<User?> FindAsync(string id, CancellationToken ct) => Visible().FirstOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>An account the actor may act on as it stands (reset its password or second factor): 404 outside the scope, 403 for a role the actor may not manage.</summary>
    public async Task<Outcome<User>> ManagedAsync(string id, UserManager<User> users, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } user)
        {
            return Outcome.NotFound;
        }

        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        return MayAssign(role, await UnionPathAsync(user, ct)) ? user : Outcome.Forbidden;
    }

    /// <summary>The path of the union an account is bound to (none for district accounts).</summary>
    public Task<string?> UnionPathAsync(User user, CancellationToken ct) =>
        db.Set<Union>().IgnoreQueryFilters().Where(x => x.Id == user.UnionId).Select(x => x.Path).FirstOrDefaultAsync(ct);
}
