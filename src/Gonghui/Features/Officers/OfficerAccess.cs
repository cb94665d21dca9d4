using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Officers;

/// <summary>Finds an officer for writing whatever the read filter says, and tells whether the actor may change it.</summary>
public sealed class OfficerAccess(GonghuiDbContext db, CurrentActor actor)
{
    /// <summary>The officer, or why not: 404 when it does not exist, 403 outside the actor's scope.</summary>
    public async Task<Outcome<Officer>> FindWritableAsync(long id, CancellationToken ct)
    {
        // Read whatever the scope filter says, so a write outside the scope is told apart (403) from a missing record (404).
        var found = await db.Officers.IgnoreQueryFilters().Include(o => o.Postings).Where(o => o.Id == id)
            .Select(o => new { Officer = o, o.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Officer : Outcome.Forbidden;
    }
}
