using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Assessment;

/// <summary><c>GET /api/v1/annual-plans/{id}</c>: the plan with each item's indicator as the records stand, the scores and the weighted totals.</summary>
public sealed class GetAnnualPlan(AnnualPlanRecords records)
{
    public Task<AnnualPlanDto?> HandleAsync(long id, CancellationToken ct) => records.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetAnnualPlan h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } plan ? Results.Ok(plan) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetAnnualPlan");
}
