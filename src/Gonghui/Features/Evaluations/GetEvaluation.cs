using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Evaluations;

/// <summary><c>GET /api/v1/evaluations/{id}</c>.</summary>
public sealed class GetEvaluation(EvaluationReader reader)
{
    public Task<EvaluationDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetEvaluation h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetEvaluation");
}
