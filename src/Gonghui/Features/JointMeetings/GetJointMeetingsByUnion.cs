using Gonghui.Infrastructure.Settings;
using Gonghui.Features.JointMeetings.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.JointMeetings;

/// <summary>
/// <c>GET /api/v1/joint-meetings/by-union?year=</c>: every industrial union in the actor's scope against R11 for the
/// year — meetings held against the minimum — and how its resolutions stand (open, overdue, done).
/// </summary>
public sealed class GetJointMeetingsByUnion(GonghuiDbContext db, DistrictSettings district)
{
    /// <param name="Meetings">Held by today (or in the whole year, for a past year).</param>
    /// <param name="Planned">Dated later this year: booked, not counted yet.</param>
    public sealed record Row(long UnionId, string UnionName, int Meetings, int Planned, int Minimum, bool Met, int Resolutions, int Done, int Overdue, IReadOnlyList<long> MeetingIds);

    public async Task<IReadOnlyList<Row>> HandleAsync(int year, CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var meetings = await db.Set<JointMeeting>().AsNoTracking().Where(m => m.HeldOn >= from && m.HeldOn <= to)
            .Select(m => new { m.Id, m.UnionId, m.HeldOn, Resolutions = m.Resolutions.Select(r => new { r.Status, r.DueOn }).ToList() }).ToListAsync(ct);
        var today = LocalizationSetup.Today;
        return unions.Select(u =>
        {
            var own = meetings.Where(m => m.UnionId == u.Id).ToList();
            var verdict = JointMeetingRule.Evaluate(year, own.Select(m => m.HeldOn), today < to ? today : to, district.Get<JointMeetingSettings>().Minimum);
            var resolutions = own.SelectMany(m => m.Resolutions).ToList();
            return new Row(u.Id, u.Name, verdict.Meetings, verdict.Planned, verdict.Minimum, verdict.Met, resolutions.Count, resolutions.Count(r => r.Status == ResolutionStatus.Done),
                resolutions.Count(r => r.Status == ResolutionStatus.Open && r.DueOn < today), own.Select(m => m.Id).ToList());
        }).ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/by-union", async (int year, GetJointMeetingsByUnion h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, ct)))
            .WithName("GetJointMeetingsByUnion");
}
