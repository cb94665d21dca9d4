using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.JointMeetings;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R11: each industrial union's joint meetings in the year.</summary>
public sealed class JointMeetingCheck(GonghuiDbContext db) : IComplianceCheck
{
    public string Rule => "R11";

    public string Module => "JointMeetings";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var minimum = context.Settings.Get<JointMeetingSettings>().Minimum;
        var ids = context.Unions.Select(u => u.Id).ToList();
        var meetings = await db.Set<JointMeeting>().IgnoreQueryFilters().AsNoTracking()
            .Where(m => ids.Contains(m.UnionId) && m.HeldOn >= context.From && m.HeldOn <= context.To)
            .OrderBy(m => m.HeldOn).Select(m => new { m.Id, m.UnionId, m.HeldOn, m.Title }).ToListAsync(ct);
        return context.Unions.ToDictionary(u => u.Id, u => JointMeetingCompliance.Evaluate(context.Year,
            meetings.Where(m => m.UnionId == u.Id).Select(m => new Evidence("joint-meeting", m.Id, m.Title, m.HeldOn, $"/api/v1/joint-meetings/{m.Id}", $"/mechanisms/joint-meetings?open={m.Id}")).ToList(),
            context.AsOf, minimum));
    }
}
