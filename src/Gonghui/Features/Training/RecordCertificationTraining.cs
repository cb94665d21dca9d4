using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

/// <summary><c>POST /api/v1/certification-trainings</c>: a certification training the union organised (its certificates are added as they are issued).</summary>
public sealed class RecordCertificationTraining(GonghuiDbContext db, CurrentActor actor, TrainingRecords records, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<CertificationTrainingDto>> HandleAsync(CertificationTrainingInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(input.UnionId, e, t, ct);
        var training = new CertificationTraining();
        if (!records.CheckAndApply(input, training, e) || union is null)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union.Path))
        {
            return Outcome.Forbidden;
        }

        training.UnionId = input.UnionId!.Value;
        db.Add(training);
        await db.SaveChangesAsync(ct);
        return (await records.ReadAsync(training.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (CertificationTrainingInput input, RecordCertificationTraining h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, c => TypedResults.Created($"/api/v1/certification-trainings/{c.Id}", c)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordCertificationTraining");
}
