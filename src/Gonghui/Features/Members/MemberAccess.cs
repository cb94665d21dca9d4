using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Members;

/// <summary>Finds a member for writing whatever the read filter says, and tells whether the actor may change it (a write outside the scope is a 403).</summary>
public sealed class MemberAccess(GonghuiDbContext db, CurrentActor actor)
{
    public async Task<(Member? Member, bool Writable)> FindForWriteAsync(long id, CancellationToken ct)
    {
        var found = await db.Members.IgnoreQueryFilters().Where(m => m.Id == id)
            .Select(m => new { Member = m, m.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? (null, false) : (found.Member, actor.CanWriteRegistryUnder(found.Path));
    }
}
