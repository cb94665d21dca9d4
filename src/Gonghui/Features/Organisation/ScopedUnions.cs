using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Organisation;

/// <summary>Where a union stands against the actor's scope, for writes (reads are filtered by the context itself).</summary>
public sealed class ScopedUnions(GonghuiDbContext db, CurrentActor actor)
{
    public enum Access
    {
        Missing,
        OutOfScope,
        Writable,
    }

    public IQueryable<Union> Roots(IQueryable<Union> visible) =>
        actor.SeesAllUnions ? visible.Where(u => u.ParentId == null) : visible.Where(u => u.Id == actor.UnionId);

    /// <summary>
    /// The name of the union the actor's view starts from — their own union, or the tree's root for the district's
    /// staff — whatever the read filter says: what a home page or a printed report is titled and issued by.
    /// </summary>
    public Task<string?> RootNameAsync(CancellationToken ct) =>
        Roots(db.Unions.IgnoreQueryFilters()).AsNoTracking().OrderBy(u => u.Id).Select(u => u.Name).FirstOrDefaultAsync(ct);

    /// <summary>Finds a union for writing, whatever the read filter says, and tells whether the actor may write under it.</summary>
    public async Task<(Union? Union, Access Access)> FindForWriteAsync(long id, CancellationToken ct)
    {
        var union = await db.Unions.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (union is null)
        {
            return (null, Access.Missing);
        }

        return (union, actor.CanWriteUnder(union.Path) ? Access.Writable : Access.OutOfScope);
    }

    /// <summary>An actor bound to a union may change what is below it, and its own contact details, but not move or remove its own root.</summary>
    public bool IsOwnRoot(Union union) => !actor.SeesAllUnions && actor.UnionId == union.Id;
}
