using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Training;

/// <summary><c>DELETE /api/v1/certification-trainings/{id}/certificates/{certificateId}?version=</c>: a certificate recorded by mistake.</summary>
public sealed class RemoveTrainingCertificate(TrainingRecords records)
{
    public Task<Outcome<CertificationTrainingDto>> HandleAsync(long id, long certificateId, long? version, CancellationToken ct) =>
        records.StepAsync(id, version, training =>
            training.Certificates.RemoveAll(c => c.Id == certificateId) == 0 ? Outcome.NotFound : null, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}/certificates/{certificateId:long}", async (long id, long certificateId, long? version, RemoveTrainingCertificate h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, certificateId, version, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RemoveTrainingCertificate");
}
