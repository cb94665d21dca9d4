using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>POST /api/v1/annual-plans/{id}/self-assessment</c>: the union scores its manual items (0–100, with notes); computed
/// items take their indicator's score. The items are fixed from then on; the union may assess again until the district scores.
/// </summary>
public sealed class SelfAssessAnnualPlan(AnnualPlanRecords records)
{
    public Task<Outcome<AnnualPlanDto>> HandleAsync(long id, ScoresInput input, CancellationToken ct) => records.ScoreAsync(id, input, byDistrict: false, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/self-assessment", async (long id, ScoresInput input, SelfAssessAnnualPlan h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SelfAssessAnnualPlan");
}
