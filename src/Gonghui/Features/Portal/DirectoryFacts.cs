using Gonghui.Features.Organisation;
using Gonghui.Features.Portal.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Portal;

/// <summary>The unions of a subtree and how many of them the directory shows with a chair and a phone.</summary>
public sealed record DirectoryCounts(int Unions, int Complete);

/// <summary>R13's directory figures: every union's path and completeness read once, summed per subtree.</summary>
public static class DirectoryFacts
{
    public static async Task<IReadOnlyList<(string Path, bool Complete)>> ByUnionAsync(GonghuiDbContext db, CancellationToken ct) =>
        (await db.Unions.IgnoreQueryFilters().AsNoTracking().Select(u => new { u.Path, u.ChairName, u.ContactPhone }).ToListAsync(ct))
            .Select(u => (u.Path, DirectoryRule.IsComplete(u.ChairName, u.ContactPhone))).ToList();

    public static DirectoryCounts Under(IReadOnlyList<(string Path, bool Complete)> unions, string path)
    {
        var under = unions.Where(u => u.Path.StartsWith(path, StringComparison.Ordinal)).ToList();
        return new DirectoryCounts(under.Count, under.Count(u => u.Complete));
    }
}
