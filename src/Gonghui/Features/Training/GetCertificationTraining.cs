using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Training;

/// <summary><c>GET /api/v1/certification-trainings/{id}</c>: a training with its certificates (ID numbers masked).</summary>
public sealed class GetCertificationTraining(TrainingRecords records)
{
    public Task<CertificationTrainingDto?> HandleAsync(long id, CancellationToken ct) => records.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetCertificationTraining h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } c ? Results.Ok(c) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetCertificationTraining");
}
