using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Congresses;
using Gonghui.Features.Evaluations;
using Gonghui.Features.Evaluations.Rules;
using Gonghui.Features.OpenAffairs;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R2: each industrial union's own congress, open-affairs items and members' evaluation rounds (<see cref="DemocracyCompliance"/>).</summary>
public sealed class DemocracyCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IComplianceCheck
{
    public string Rule => "R2";

    public string Module => "Democracy";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var ids = context.Unions.Select(u => u.Id).ToList();
        var (from, to) = (context.From, context.To);
        var sessions = await db.Set<CongressSession>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => ids.Contains(s.UnionId) && s.Term!.StartsOn <= to && s.Term.EndsOn >= from && s.HeldOn <= to)
            .Select(s => new { s.Id, s.UnionId, s.HeldOn, s.Number, TermNumber = s.Term!.Number, s.Term.StartsOn, s.Term.EndsOn, s.Entitled, s.Present }).ToListAsync(ct);
        var notices = await db.Set<AffairsNotice>().IgnoreQueryFilters().AsNoTracking()
            .Where(n => ids.Contains(n.UnionId) && n.PublishedOn >= from && n.PublishedOn <= to)
            .Select(n => new { n.Id, n.UnionId, n.Category, n.PublishedOn, n.Title }).ToListAsync(ct);
        var rounds = await db.Set<Evaluation>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => ids.Contains(e.UnionId) && e.Year == context.Year)
            .Select(e => new { e.Id, e.UnionId, e.Subject, e.HeldOn, e.Satisfied, e.BasicallySatisfied, e.Dissatisfied }).ToListAsync(ct);
        var required = context.Settings.Get<OpenAffairsSettings>().RequiredCategories;
        var target = context.Settings.Get<EvaluationSettings>().TargetRate;
        return context.Unions.ToDictionary(u => u.Id, u => DemocracyCompliance.Evaluate(context.Year, context.AsOf,
            sessions.Where(s => s.UnionId == u.Id).Select(s => new SessionFacts(s.HeldOn, s.StartsOn, s.EndsOn, s.Entitled, s.Present,
                new Evidence("congress-session", s.Id, t["Congress.SessionName", s.TermNumber, s.Number], s.HeldOn, $"/api/v1/congress-sessions/{s.Id}", $"/democracy/congresses?open={s.Id}"))).ToList(),
            notices.Where(n => n.UnionId == u.Id).Select(n => new NoticeFacts(n.Category, n.PublishedOn,
                new Evidence("affairs-notice", n.Id, t["Evidence.Titled", t[$"AffairsCategory.{n.Category}"], n.Title], n.PublishedOn, $"/api/v1/affairs-notices/{n.Id}", $"/democracy/open-affairs?open={n.Id}"))).ToList(),
            required,
            rounds.Where(r => r.UnionId == u.Id).Select(r => new EvaluationFacts(r.HeldOn, r.Satisfied, r.BasicallySatisfied, r.Dissatisfied,
                new Evidence("evaluation", r.Id, t["Evaluation.Evidence", t[$"EvaluationSubject.{r.Subject}"], $"{SatisfactionRule.Rate(r.Satisfied, r.BasicallySatisfied, r.Dissatisfied):P1}"], r.HeldOn, $"/api/v1/evaluations/{r.Id}", $"/democracy/evaluations?open={r.Id}"))).ToList(),
            target));
    }
}
