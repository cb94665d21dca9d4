using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>GET /api/v1/decision-research/export?year=&amp;unionId=&amp;q=&amp;format=xlsx|csv</c>: the list's research with its findings and the meeting it informed; audited.</summary>
public sealed class ExportDecisionResearch(ListDecisionResearch list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(DecisionResearch), "decision-research", page => list.HandleAsync(page, year, unionId, ct), query, r => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = r.UnionName,
            [t["Negotiation.StepDate"]] = ListExport.Day(r.ConductedOn),
            [t["Decision.Title"]] = r.Title,
            [t["Decision.Method"]] = r.Method,
            [t["Decision.Findings"]] = r.Findings,
            [t["Decision.Informed"]] = r.DecisionMeetingTitle,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportDecisionResearch h, string? q, string? sort, int? year, long? unionId, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, format, ct))
            .WithName("ExportDecisionResearch");
}
