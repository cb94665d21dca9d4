using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.JointMeetings;

/// <summary><c>GET /api/v1/joint-meetings?year=&amp;unionId=&amp;kind=&amp;q=</c>: meetings in the actor's scope, newest first, with their resolutions' progress.</summary>
public sealed class ListJointMeetings(GonghuiDbContext db)
{
    public sealed record Row(long Id, long UnionId, string UnionName, JointMeetingKind Kind, DateOnly HeldOn, string Title, int Participants, int Resolutions, int ResolutionsDone);

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, JointMeetingKind? kind, CancellationToken ct)
    {
        var query = db.Set<JointMeeting>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(m => m.HeldOn >= new DateOnly(y, 1, 1) && m.HeldOn <= new DateOnly(y, 12, 31));
        }

        if (unionId is long u)
        {
            query = query.Where(m => m.UnionId == u);
        }

        if (kind is { } k)
        {
            query = query.Where(m => m.Kind == k);
        }

        if (page.Search is { } q)
        {
            query = query.Where(m => m.Title.Contains(q));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id)
            : query.OrderBy(m => m.HeldOn).ThenBy(m => m.Id);
        return page.ApplyAsync(query.Select(m => new Row(m.Id, m.UnionId, m.Union!.Name, m.Kind, m.HeldOn, m.Title, m.Participants.Count,
            m.Resolutions.Count, m.Resolutions.Count(r => r.Status == ResolutionStatus.Done))), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListJointMeetings h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? kind, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<JointMeetingKind>(kind), ct)))
            .WithName("ListJointMeetings");
}
