using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Evaluations;

/// <summary><c>GET /api/v1/evaluations/export?year=&amp;unionId=&amp;subject=&amp;q=&amp;format=xlsx|csv</c>: the list's rounds; audited.</summary>
public sealed class ExportEvaluations(ListEvaluations list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, EvaluationSubject? subject, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(Evaluation), "evaluations", page => list.HandleAsync(page, year, unionId, subject, ct), query, x => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = x.UnionName,
            [t["Evaluation.Subject"]] = t[$"EvaluationSubject.{x.Subject}"].Value,
            [t["Evaluation.HeldOn"]] = ListExport.Day(x.HeldOn),
            [t["Evaluation.BallotsIssued"]] = x.BallotsIssued,
            [t["Evaluation.Satisfied"]] = x.Satisfied,
            [t["Evaluation.BasicallySatisfied"]] = x.BasicallySatisfied,
            [t["Evaluation.Dissatisfied"]] = x.Dissatisfied,
            [t["Evaluation.Rate"]] = x.Rate,
            [t["Evaluation.Target"]] = x.Target,
            [t["Evaluation.Result"]] = x.Met ? t["Workforce.Met"].Value : t["Workforce.NotMet"].Value,
            [t["Evaluation.Issues"]] = x.Issues,
            [t["Evaluation.OpenIssues"]] = x.OpenIssues,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportEvaluations h, string? q, string? sort, int? year, long? unionId, string? subject, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, EnumText.Parse<EvaluationSubject>(subject), format, ct))
            .WithName("ExportEvaluations");
}
