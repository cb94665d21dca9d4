using Gonghui.Features.Coverage.Rules;
using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment;

/// <summary>
/// The annual report's registry figures for a union's subtree (or the district's): unions, the enterprises they cover
/// with their employees and the members those enterprises count, and active members. A closed year keeps them per union.
/// </summary>
public sealed record OrganisationFigures(int Unions, int Enterprises, long Employees, long EnterpriseMembers, int Members)
{
    /// <summary>The membership rate (入会率) of these figures: members over employees of the covered enterprises.</summary>
    public double? MembershipRate => CoverageRates.MembershipRate(EnterpriseMembers, Employees);

    /// <summary>Each union's own figures (not its subtree's), under <paramref name="path"/>: scoped to the actor unless <paramref name="everyUnion"/>.</summary>
    public static async Task<IReadOnlyList<(string Path, OrganisationFigures Own)>> ByUnionAsync(GonghuiDbContext db, string path, bool everyUnion, CancellationToken ct)
    {
        var unions = everyUnion ? db.Unions.IgnoreQueryFilters() : db.Unions;
        var enterprises = everyUnion ? db.Enterprises.IgnoreQueryFilters() : db.Enterprises;
        var members = everyUnion ? db.Members.IgnoreQueryFilters() : db.Members;
        var paths = await unions.AsNoTracking().Where(u => u.Path.StartsWith(path)).Select(u => u.Path).ToListAsync(ct);
        var covered = (await enterprises.AsNoTracking().Where(e => e.Union != null && e.Union.Path.StartsWith(path))
                .GroupBy(e => e.Union!.Path)
                .Select(g => new { Path = g.Key, Count = g.Count(), Employees = g.Sum(e => (long)(e.Employees ?? 0)), Members = g.Sum(e => (long)e.ActiveMembers) })
                .ToListAsync(ct))
            .ToDictionary(g => g.Path);
        var active = await members.AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Union!.Path.StartsWith(path))
            .GroupBy(m => m.Union!.Path).Select(g => new { Path = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Path, g => g.Count, ct);
        return paths.Select(p => (p, new OrganisationFigures(1, covered.GetValueOrDefault(p)?.Count ?? 0, covered.GetValueOrDefault(p)?.Employees ?? 0,
            covered.GetValueOrDefault(p)?.Members ?? 0, active.GetValueOrDefault(p)))).ToList();
    }

    /// <summary>The figures of the subtree under <paramref name="path"/>: the sum of its unions' own.</summary>
    public static OrganisationFigures Under(IEnumerable<(string Path, OrganisationFigures Own)> byUnion, string path) =>
        byUnion.Where(u => u.Path.StartsWith(path, StringComparison.Ordinal)).Select(u => u.Own)
            .Aggregate(new OrganisationFigures(0, 0, 0, 0, 0), (a, b) => new(a.Unions + b.Unions, a.Enterprises + b.Enterprises, a.Employees + b.Employees,
                a.EnterpriseMembers + b.EnterpriseMembers, a.Members + b.Members));
}
