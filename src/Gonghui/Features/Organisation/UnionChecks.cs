using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Organisation;

public sealed record UnionFound(string Path, long? ParentId);

public static class UnionChecks
{
    /// <summary>
    /// The union a new record names, whatever the actor's scope (the scope is checked after the input, so a bad form gets
    /// its reasons first); a validation error on <c>unionId</c> when there is none.
    /// </summary>
    public static async Task<UnionFound?> CheckUnionAsync(this GonghuiDbContext db, long? unionId, ValidationErrors e, IStringLocalizer t, CancellationToken ct)
    {
        var found = unionId is long id
            ? await db.Unions.IgnoreQueryFilters().Where(u => u.Id == id).Select(u => new UnionFound(u.Path, u.ParentId)).FirstOrDefaultAsync(ct)
            : null;
        if (found is null)
        {
            e.Add("unionId", t["Bargaining.UnionRequired"]);
        }

        return found;
    }
}
