using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Enterprises;

/// <summary>Finds an enterprise for writing whatever the read filter says, and tells whether the actor may change it.</summary>
public sealed class EnterpriseAccess(GonghuiDbContext db, CurrentActor actor)
{
    public async Task<(Enterprise? Enterprise, bool Writable)> FindForWriteAsync(long id, CancellationToken ct)
    {
        var found = await db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == id)
            .Select(e => new { Enterprise = e, UnionPath = e.Union != null ? e.Union.Path : null })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return (null, false);
        }

        var writable = found.UnionPath is null ? actor.CanWriteDistrictRecords : actor.CanWriteRegistryUnder(found.UnionPath);
        return (found.Enterprise, writable);
    }
}
