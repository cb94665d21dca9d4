using Gonghui.Features.Enterprises;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R1: members over employees in the enterprises each industrial union's unions cover (the registry's current figures).</summary>
public sealed class MembershipCheck(GonghuiDbContext db) : IComplianceCheck
{
    public string Rule => "R1";

    public string Module => "Enterprises";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var target = context.Settings.Get<AssessmentSettings>().MembershipTarget;
        // Each enterprise carries its active members (kept by triggers), so one grouped pass answers it at any size.
        var sums = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => e.UnionId != null)
            .GroupBy(e => e.Union!.Path)
            .Select(g => new { Path = g.Key, Count = g.Count(), Members = g.Sum(e => (long)e.ActiveMembers), Employees = g.Sum(e => (long)(e.Employees ?? 0)) })
            .ToListAsync(ct);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var own = sums.Where(s => context.Owner(s.Path) == u).ToList();
            var (count, members, employees) = (own.Sum(s => s.Count), own.Sum(s => s.Members), own.Sum(s => s.Employees));
            Evidence[] evidence = count == 0 ? [] :
                [new("enterprises", null, $"{count} · {members}/{employees}", null, $"/api/v1/enterprises?underUnionId={u.Id}", $"/organisation/enterprises?underUnionId={u.Id}")];
            return MembershipRateRule.Evaluate(members, employees, target, evidence);
        });
    }
}
