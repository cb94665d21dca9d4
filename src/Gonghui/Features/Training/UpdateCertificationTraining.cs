using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

/// <summary><c>PUT /api/v1/certification-trainings/{id}</c>: corrects the course with the version read (its union stays).</summary>
public sealed class UpdateCertificationTraining(TrainingRecords records, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<CertificationTrainingDto>> HandleAsync(long id, CertificationTrainingInput input, CancellationToken ct) =>
        records.StepAsync(id, input.Version, training =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return records.CheckAndApply(input, training, e) && !e.Any ? null : Outcome.Invalid(e);
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, CertificationTrainingInput input, UpdateCertificationTraining h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateCertificationTraining");
}
