using Gonghui.Infrastructure.Rules;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.JointMeetings.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Features.Representatives;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Deadlines;

/// <summary>
/// <c>GET /api/v1/deadlines?unionId=&amp;overdueOnly=</c>: what the working mechanisms have due, in one list for the
/// actor's scope (a union's own, or the district's): quarterly reports not yet submitted (R12), warning cases not yet
/// reported to a recipient (R15), joint-meeting resolutions not yet done, and industrial unions with no joint meeting
/// this year (R11, due at the year's end), and representatives' proposals being handled (R12). Overdue first, then by due date.
/// </summary>
public sealed class ListDeadlines(GonghuiDbContext db, CurrentActor actor, DistrictSettings district, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public enum ItemKind
    {
        WorkforceReport,
        WarningReport,
        Resolution,
        JointMeeting,
        Proposal,
    }

    /// <summary>One thing due: <c>Link</c> is the console page that deals with it.</summary>
    /// <param name="MovedFrom">The last day as counted, when it fell on a day off and the deadline moved past it.</param>
    public sealed record Item(ItemKind Kind, string Rule, string Title, long UnionId, string UnionName, DateTime DueAt, bool Overdue, long? RecordId, string Link,
        ReportRecipient? Recipient = null, DateOnly? MovedFrom = null, DayKind? MovedBecause = null);

    public async Task<IReadOnlyList<Item>> HandleAsync(long? unionId, bool overdueOnly, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = LocalizationSetup.Today;
        var unionPath = unionId is long u ? await db.Unions.Where(x => x.Id == u).Select(x => x.Path).FirstOrDefaultAsync(ct) : null;
        if (unionId is not null && unionPath is null)
        {
            return [];
        }

        var unions = db.Unions.AsNoTracking().Where(x => unionPath == null || x.Path.StartsWith(unionPath));
        var items = new List<Item>();

        // R12: the unions that report — industrial unions, or the actor's own union when it is below them.
        var reporting = await unions.Where(x => x.Kind == UnionKind.IndustrialUnion || x.Id == actor.UnionId).Select(x => new { x.Id, x.Name, x.Kind }).ToListAsync(ct);
        var quarters = new[] { Previous(today), (today.Year, ((today.Month - 1) / 3) + 1) };
        var ids = reporting.Select(x => x.Id).ToList();
        var years = quarters.Select(q => q.Item1).Distinct().ToList();
        var submitted = await db.Set<WorkforceReport>().AsNoTracking()
            .Where(r => ids.Contains(r.UnionId) && years.Contains(r.Year) && r.Status == WorkforceReportStatus.Submitted)
            .Select(r => new { r.UnionId, r.Year, r.Quarter }).ToListAsync(ct);
        foreach (var union in reporting)
        {
            foreach (var (year, quarter) in quarters.Where(q => !submitted.Any(s => s.UnionId == union.Id && s.Year == q.Item1 && s.Quarter == q.Item2)))
            {
                var verdict = district.Get<WorkforceReportSettings>().Evaluate(year, quarter, null, today, district.Calendar());
                items.Add(new Item(ItemKind.WorkforceReport, "R12", t["Evidence.Quarter", year, quarter], union.Id, union.Name, EndOfDay(verdict.Deadline.LastDay),
                    verdict.Deadline.Flagged, null, "/mechanisms/workforce-reports", MovedFrom: verdict.Deadline.MovedFrom, MovedBecause: verdict.Deadline.MovedBecause));
            }
        }

        // R15: each recipient not yet told of an open case.
        var cases = await db.Set<WarningCase>().AsNoTracking().Where(c => c.Status == WarningCaseStatus.Open && (unionPath == null || c.Union!.Path.StartsWith(unionPath)))
            .Select(c => new
            {
                c.Id, c.Title, c.UnionId, c.Union!.Name, c.Level, c.OpenedAt, Reported = c.Reports.Select(r => r.Recipient).ToList(),
                Changes = c.LevelChanges.Select(l => new { l.At, l.From, l.To }).ToList(),
            }).ToListAsync(ct);
        foreach (var c in cases)
        {
            foreach (var recipient in Enum.GetValues<ReportRecipient>().Where(r => !c.Reported.Contains(r)))
            {
                var verdict = ReportingDeadlineRule.Evaluate(ReportingDeadlineRule.History(c.Level, c.OpenedAt, c.Changes.Select(l => (l.At, l.From, l.To))), null, now,
                    district.Get<WarningSettings>().ReportingLimit);
                items.Add(new Item(ItemKind.WarningReport, "R15", c.Title, c.UnionId, c.Name, verdict.DueAt, verdict.Overdue, c.Id, $"/mechanisms/warning-cases?open={c.Id}", recipient));
            }
        }

        // Resolutions of joint meetings still open.
        var resolutions = await (
            from r in db.Set<JointMeetingResolution>().AsNoTracking()
            join m in db.Set<JointMeeting>() on r.MeetingId equals m.Id
            where r.Status == ResolutionStatus.Open && (unionPath == null || m.Union!.Path.StartsWith(unionPath))
            select new { MeetingId = m.Id, m.UnionId, m.Union!.Name, r.Text, r.DueOn }).ToListAsync(ct);
        items.AddRange(resolutions.Select(r => new Item(ItemKind.Resolution, "R11", r.Text, r.UnionId, r.Name, EndOfDay(r.DueOn), r.DueOn < today, r.MeetingId,
            $"/mechanisms/joint-meetings?open={r.MeetingId}")));

        // R12: representatives' proposals assigned and not yet answered, due on their round's day.
        var proposals = await db.Set<Proposal>().AsNoTracking().Where(p => p.Status == ProposalStatus.Assigned && (unionPath == null || p.Union!.Path.StartsWith(unionPath)))
            .Select(p => new { p.Id, p.Title, p.UnionId, p.Union!.Name, DueOn = p.Rounds.OrderByDescending(r => r.Number).Select(r => r.DueOn).First() }).ToListAsync(ct);
        items.AddRange(proposals.Select(p => new Item(ItemKind.Proposal, "R12", p.Title, p.UnionId, p.Name, EndOfDay(p.DueOn), p.DueOn < today, p.Id, $"/democracy/proposals?open={p.Id}")));

        // R11: industrial unions short of the year's meetings, due on 31 December.
        var industrial = reporting.Where(x => x.Kind == UnionKind.IndustrialUnion).ToList();
        var (from, to) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        var held = await db.Set<JointMeeting>().AsNoTracking().Where(m => ids.Contains(m.UnionId) && m.HeldOn >= from && m.HeldOn <= to)
            .Select(m => new { m.UnionId, m.HeldOn }).ToListAsync(ct);
        foreach (var union in industrial)
        {
            var verdict = JointMeetingRule.Evaluate(today.Year, held.Where(h => h.UnionId == union.Id).Select(h => h.HeldOn), today, district.Get<JointMeetingSettings>().Minimum);
            if (!verdict.Met)
            {
                items.Add(new Item(ItemKind.JointMeeting, "R11", t["Deadlines.JointMeetingsHeld", today.Year, verdict.Meetings, verdict.Minimum], union.Id, union.Name, EndOfDay(to), false, null, "/mechanisms/joint-meetings"));
            }
        }

        return items.Where(i => !overdueOnly || i.Overdue).OrderByDescending(i => i.Overdue).ThenBy(i => i.DueAt).ThenBy(i => i.UnionName, StringComparer.Ordinal).ToList();
    }

    private static (int, int) Previous(DateOnly today)
    {
        var quarter = ((today.Month - 1) / 3) + 1;
        return quarter == 1 ? (today.Year - 1, 4) : (today.Year, quarter - 1);
    }

    /// <summary>The last instant of a Beijing day, in UTC: a day-counted deadline runs to its end.</summary>
    private static DateTime EndOfDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59, 59)), LocalizationSetup.Shanghai);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/deadlines", async (long? unionId, bool? overdueOnly, ListDeadlines h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(unionId, overdueOnly == true, ct)))
            .WithTags("Deadlines")
            .RequireAuthorization(Policies.ReadOrganisation)
            .WithName("ListDeadlines");
}
