using Gonghui.Features.Members;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.ServiceCards;

/// <summary>A union's (or a subtree's) card figures: active members, their cards in force, applications with the bank.</summary>
public sealed record CardCounts(long Members, long InForce, long Applied)
{
    public static readonly CardCounts None = new(0, 0, 0);

    public CardCounts Add(CardCounts other) => new(Members + other.Members, InForce + other.InForce, Applied + other.Applied);
}

/// <summary>
/// The figures R8 measures, counted per member's own union in two grouped passes (members; cards of active members),
/// for the scorecard and the cards page alike; <see cref="Under"/> sums a subtree.
/// </summary>
public static class ServiceCardFacts
{
    /// <summary>Each union's own figures, keyed by its path; only unions under <paramref name="pathPrefix"/> when given.</summary>
    public static async Task<IReadOnlyDictionary<string, CardCounts>> ByUnionAsync(GonghuiDbContext db, string? pathPrefix, CancellationToken ct)
    {
        var members = db.Set<Member>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active);
        if (pathPrefix is not null)
        {
            members = members.Where(m => m.Union!.Path.StartsWith(pathPrefix));
        }

        var active = await members.GroupBy(m => m.Union!.Path).Select(g => new { Path = g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var cards = await db.Set<ServiceCard>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Status != ServiceCardStatus.Cancelled && c.Status != ServiceCardStatus.ReportedLost)
            .Join(members, c => c.MemberId, m => m.Id, (c, m) => new { m.Union!.Path, c.Status })
            .GroupBy(x => new { x.Path, x.Status }).Select(g => new { g.Key.Path, g.Key.Status, Count = g.LongCount() }).ToListAsync(ct);
        return active.ToDictionary(a => a.Path, a => new CardCounts(a.Count,
            cards.Where(c => c.Path == a.Path && Rules.ServiceCardRule.InForce(c.Status)).Sum(c => c.Count),
            cards.Where(c => c.Path == a.Path && c.Status == ServiceCardStatus.Applied).Sum(c => c.Count)));
    }

    /// <summary>Cards the bank issued or replaced in a period (a year's report and plans count them), under a union's path.</summary>
    public static System.Linq.Expressions.Expression<Func<ServiceCard, bool>> IssuedBetween(string path, DateOnly from, DateOnly to) =>
        c => c.Member!.Union!.Path.StartsWith(path) && ((c.IssuedOn >= from && c.IssuedOn <= to) || (c.ReplacedOn >= from && c.ReplacedOn <= to));

    /// <summary>The figures of the union at <paramref name="path"/> and every union under it.</summary>
    public static CardCounts Under(IReadOnlyDictionary<string, CardCounts> byUnion, string path) =>
        byUnion.Where(x => x.Key.StartsWith(path, StringComparison.Ordinal)).Aggregate(CardCounts.None, (sum, x) => sum.Add(x.Value));
}
