using Gonghui.Features.ServiceCards.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.ServiceCards;

/// <summary>
/// The steps of a card's life, one route each: <c>POST /api/v1/service-cards/{id}/issue</c> (the bank issued it: the
/// number and the day, perhaps the branch), <c>/report-lost</c> (no longer in force), <c>/replace</c> (the new number of a
/// lost card) and <c>/cancel</c> (the holder left, or asked; the day and the reason).
/// </summary>
public sealed class StepServiceCard(GonghuiDbContext db, ServiceCardReader reader)
{
    public Task<Outcome<ServiceCardDto>> HandleAsync(long id, ServiceCardStep step, ServiceCardStepInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, card => reader.ApplyAsync(card, step, input, ct),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    private static readonly (ServiceCardStep Step, string Path, string Name)[] Routes =
    [
        (ServiceCardStep.Issue, "issue", "IssueServiceCard"),
        (ServiceCardStep.ReportLost, "report-lost", "ReportServiceCardLost"),
        (ServiceCardStep.Replace, "replace", "ReplaceServiceCard"),
        (ServiceCardStep.Cancel, "cancel", "CancelServiceCard"),
    ];

    public static void Map(RouteGroupBuilder g)
    {
        foreach (var (step, path, name) in Routes)
        {
            g.MapPost($"/{{id:long}}/{path}", async (long id, ServiceCardStepInput input, StepServiceCard h, Problems p, CancellationToken ct) =>
                    (await h.HandleAsync(id, step, input, ct)).ToHttp(p, TypedResults.Ok))
                .RequireAuthorization(Policies.WriteRegistry)
                .WithName(name);
        }
    }
}
