using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>POST /api/v1/annual-plans/{id}/scoring</c>: the district scores a self-assessed plan — its manual items by hand
/// (0–100, with notes), the computed ones from the records — and may score it again.
/// </summary>
public sealed class ScoreAnnualPlan(AnnualPlanRecords records)
{
    public Task<Outcome<AnnualPlanDto>> HandleAsync(long id, ScoresInput input, CancellationToken ct) => records.ScoreAsync(id, input, byDistrict: true, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/scoring", async (long id, ScoresInput input, ScoreAnnualPlan h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ScoreAnnualPlan");
}
