using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Leadership;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R17: the Party group's hearings that heard each industrial union, and its study sessions, in the year.</summary>
public sealed class LeadershipCheck(GonghuiDbContext db) : IComplianceCheck
{
    public string Rule => "R17";

    public string Module => "Leadership";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var settings = context.Settings.Get<LeadershipSettings>();
        var sessions = await db.Set<LeadershipSession>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.HeldOn >= context.From && s.HeldOn <= context.To)
            .OrderBy(s => s.HeldOn)
            .Select(s => new { s.Id, s.Kind, s.HeldOn, s.Title, Unions = s.Unions.Select(u => u.UnionId).ToList() })
            .ToListAsync(ct);
        var evidence = sessions.Select(s => (s.Kind, s.Unions, Evidence: new Evidence(
            s.Kind == LeadershipSessionKind.LeadershipHearing ? "leadership-hearing" : "study-session", s.Id, s.Title, s.HeldOn,
            $"/api/v1/leadership-sessions/{s.Id}", $"/assessment/leadership?open={s.Id}"))).ToList();
        var study = evidence.Where(e => e.Kind == LeadershipSessionKind.StudySession).Select(e => e.Evidence).ToList();
        return context.Unions.ToDictionary(u => u.Id, u => LeadershipCompliance.Evaluate(context.Year,
            evidence.Where(e => e.Kind == LeadershipSessionKind.LeadershipHearing && e.Unions.Contains(u.Id)).Select(e => e.Evidence).ToList(),
            study, settings.HearingsPerYear, settings.StudySessionsPerYear));
    }
}
