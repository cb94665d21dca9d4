using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Officers;

/// <summary>Finds an officer for writing whatever the read filter says, and tells whether the actor may change it.</summary>
public sealed class OfficerAccess(GonghuiDbContext db, CurrentActor actor)
{
    public async Task<(Officer? Officer, bool Writable)> FindForWriteAsync(long id, CancellationToken ct)
    {
        var found = await db.Officers.IgnoreQueryFilters().Include(o => o.Postings).Where(o => o.Id == id)
            .Select(o => new { Officer = o, o.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? (null, false) : (found.Officer, actor.CanWriteRegistryUnder(found.Path));
    }
}
