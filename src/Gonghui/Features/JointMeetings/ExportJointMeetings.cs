using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.JointMeetings;

/// <summary><c>GET /api/v1/joint-meetings/export?year=&amp;unionId=&amp;kind=&amp;q=&amp;format=xlsx|csv</c>: the list's meetings with their resolutions' progress; audited.</summary>
public sealed class ExportJointMeetings(ListJointMeetings list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, JointMeetingKind? kind, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(JointMeeting), "joint-meetings", page => list.HandleAsync(page, year, unionId, kind, ct), query, m => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = m.UnionName,
            [t["Meeting.Kind"]] = t[$"JointMeetingKind.{m.Kind}"].Value,
            [t["Negotiation.StepDate"]] = ListExport.Day(m.HeldOn),
            [t["Meeting.MeetingTitle"]] = m.Title,
            [t["Meeting.Participants"]] = m.Participants,
            [t["Meeting.Resolutions"]] = m.Resolutions,
            [t["Export.ResolutionsDone"]] = m.ResolutionsDone,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportJointMeetings h, string? q, string? sort, int? year, long? unionId, string? kind, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, EnumText.Parse<JointMeetingKind>(kind), format, ct))
            .WithName("ExportJointMeetings");
}
