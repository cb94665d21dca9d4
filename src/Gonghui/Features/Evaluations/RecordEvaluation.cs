using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Evaluations;

/// <summary><c>POST /api/v1/evaluations</c>: a round the union held, with its ballots and the matters raised.</summary>
public sealed class RecordEvaluation(GonghuiDbContext db, CurrentActor actor, EvaluationReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<EvaluationDto>> HandleAsync(EvaluationInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(input.UnionId, e, t, ct);
        var round = new Evaluation();
        if (union is null)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union.Path))
        {
            return Outcome.Forbidden;
        }

        if (!await reader.CheckAndApplyAsync(input, round, input.UnionId!.Value, e, ct))
        {
            return Outcome.Invalid(e);
        }

        db.Add(round);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(round.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (EvaluationInput input, RecordEvaluation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/evaluations/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordEvaluation");
}
