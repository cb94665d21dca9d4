using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Training;

/// <summary>
/// <c>POST /api/v1/certification-trainings/{id}/certificates</c>: certificates issued to the training's workers, one or
/// a whole list pasted from the institution's roster; every row is checked and either all are added or none.
/// </summary>
public sealed class AddTrainingCertificates(TrainingRecords records)
{
    public Task<Outcome<CertificationTrainingDto>> HandleAsync(long id, CertificatesInput input, CancellationToken ct) =>
        records.StepAsync(id, input.Version, training =>
        {
            var e = new ValidationErrors();
            if (records.CheckCertificates(training, input.Certificates, e) is not { } added)
            {
                return Outcome.Invalid(e);
            }

            training.Certificates.AddRange(added);
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/certificates", async (long id, CertificatesInput input, AddTrainingCertificates h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("AddTrainingCertificates");
}
