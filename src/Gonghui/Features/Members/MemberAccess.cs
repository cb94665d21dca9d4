using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Members;

/// <summary>Finds a member for writing whatever the read filter says, and tells whether the actor may change it (a write outside the scope is a 403).</summary>
public sealed class MemberAccess(GonghuiDbContext db, CurrentActor actor, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t)
{
    /// <summary>The member, or why not: 404 when it does not exist, 403 outside the actor's scope.</summary>
    public async Task<Outcome<Member>> FindWritableAsync(long id, CancellationToken ct)
    {
        // Read whatever the scope filter says, so a write outside the scope is told apart (403) from a missing record (404).
        var found = await db.Members.IgnoreQueryFilters().Where(m => m.Id == id)
            .Select(m => new { Member = m, m.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Member : Outcome.Forbidden;
    }

    /// <summary>An active membership the actor may change: a transfer or a departure ends it (409 when it has ended already).</summary>
    public async Task<Outcome<Member>> FindActiveAsync(long id, CancellationToken ct)
    {
        var found = await FindWritableAsync(id, ct);
        return found.IsOk && found.Value!.Status != MemberStatus.Active ? Outcome.Conflict(t["Member.NotActive"]) : found;
    }
}
