using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>GET /api/v1/decision-meetings/export?year=&amp;unionId=&amp;kind=&amp;q=&amp;format=xlsx|csv</c>: the list's meetings with the research that informed them; audited.</summary>
public sealed class ExportDecisionMeetings(ListDecisionMeetings list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, DecisionMeetingKind? kind, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(DecisionMeeting), "decision-meetings", page => list.HandleAsync(page, year, unionId, kind, ct), query, m => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = m.UnionName,
            [t["Meeting.Kind"]] = t[$"DecisionMeetingKind.{m.Kind}"].Value,
            [t["Negotiation.StepDate"]] = ListExport.Day(m.HeldOn),
            [t["Meeting.MeetingTitle"]] = m.Title,
            [t["Decision.Research"]] = m.Research,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportDecisionMeetings h, string? q, string? sort, int? year, long? unionId, string? kind, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, EnumText.Parse<DecisionMeetingKind>(kind), format, ct))
            .WithName("ExportDecisionMeetings");
}
