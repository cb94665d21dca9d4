using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Organisation;

public static class UnionTree
{
    /// <summary>
    /// Inserts siblings under <paramref name="parent"/> and sets their paths, which need the generated ids.
    /// Path and depth are derived and unaudited, so setting them is not an edit. Call inside a transaction.
    /// </summary>
    public static async Task InsertAsync(GonghuiDbContext db, IReadOnlyCollection<Union> nodes, Union? parent, CancellationToken ct)
    {
        foreach (var node in nodes)
        {
            node.ParentId = parent?.Id;
            node.Depth = parent is null ? 0 : parent.Depth + 1;
            node.Path = parent?.Path ?? "/";
        }

        db.Unions.AddRange(nodes);
        await db.SaveChangesAsync(ct);
        foreach (var node in nodes)
        {
            var path = Union.ChildPath(parent?.Path ?? "/", node.Id);
            await db.Unions.IgnoreQueryFilters().Where(u => u.Id == node.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Path, path), ct);
            node.Path = path;
            db.Entry(node).Property(u => u.Path).OriginalValue = path;
        }
    }
}
