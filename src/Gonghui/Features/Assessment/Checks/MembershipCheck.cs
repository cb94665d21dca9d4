using Gonghui.Features.Enterprises;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R1's registry figures for one union: the enterprises its unions cover, their active members and employees.</summary>
public sealed record MembershipFigures(int Enterprises, long Members, long Employees);

/// <summary>
/// R1: members over employees in the enterprises each industrial union's unions cover: the registry's current figures,
/// or those kept when the year was closed.
/// </summary>
public sealed class MembershipCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IRegistryCheck
{
    public string Rule => "R1";

    public string Module => "Enterprises";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var target = context.Settings.Get<AssessmentSettings>().MembershipTarget;
        var figures = context.Kept?.Of<MembershipFigures>(Rule) ?? await ReadAsync(context, ct);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var f = figures.GetValueOrDefault(u.Id) ?? new MembershipFigures(0, 0, 0);
            Evidence[] evidence = f.Enterprises == 0 ? [] :
                [new("enterprises", null, t["Evidence.EnterprisesLabel", f.Enterprises.ToString("N0"), f.Members.ToString("N0"), f.Employees.ToString("N0")], null, $"/api/v1/enterprises?underUnionId={u.Id}", $"/organisation/enterprises?underUnionId={u.Id}")];
            return MembershipRateRule.Evaluate(f.Members, f.Employees, target, evidence);
        });
    }

    public async Task<IReadOnlyDictionary<long, string>> ReadRegistryAsync(ComplianceContext context, CancellationToken ct) =>
        (await ReadAsync(context, ct)).ToDictionary(f => f.Key, f => KeptYear.Write(f.Value));

    private async Task<IReadOnlyDictionary<long, MembershipFigures>> ReadAsync(ComplianceContext context, CancellationToken ct)
    {
        // Each enterprise carries its active members (kept by triggers), so one grouped pass answers it at any size.
        var sums = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => e.UnionId != null)
            .GroupBy(e => e.Union!.Path)
            .Select(g => new { Path = g.Key, Count = g.Count(), Members = g.Sum(e => (long)e.ActiveMembers), Employees = g.Sum(e => (long)(e.Employees ?? 0)) })
            .ToListAsync(ct);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var own = sums.Where(s => context.Owner(s.Path) == u).ToList();
            return new MembershipFigures(own.Sum(s => s.Count), own.Sum(s => s.Members), own.Sum(s => s.Employees));
        });
    }
}
