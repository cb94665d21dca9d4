using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Leadership;

/// <summary><c>GET /api/v1/leadership-sessions/export?year=&amp;kind=&amp;unionId=&amp;q=&amp;format=xlsx|csv</c>: the list's hearings and study sessions with the unions they name; audited.</summary>
public sealed class ExportLeadershipSessions(ListLeadershipSessions list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, LeadershipSessionKind? kind, long? unionId, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(LeadershipSession), "leadership-sessions", page => list.HandleAsync(page, year, kind, unionId, ct), query, s => new Dictionary<string, object?>
        {
            [t["Meeting.Kind"]] = t[$"LeadershipSessionKind.{s.Kind}"].Value,
            [t["Negotiation.StepDate"]] = ListExport.Day(s.HeldOn),
            [t["Meeting.MeetingTitle"]] = s.Title,
            [t["Leadership.Unions"]] = string.Join(t["Common.ListSeparator"].Value, s.Unions),
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportLeadershipSessions h, string? q, string? sort, int? year, string? kind, long? unionId, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, EnumText.Parse<LeadershipSessionKind>(kind), unionId, format, ct))
            .WithName("ExportLeadershipSessions");
}
