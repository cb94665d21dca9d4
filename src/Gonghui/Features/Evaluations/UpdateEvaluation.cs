using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Evaluations;

/// <summary><c>PUT /api/v1/evaluations/{id}</c>: corrects a round, or records the follow-up of its matters, with the version read; its union stays.</summary>
public sealed class UpdateEvaluation(GonghuiDbContext db, EvaluationReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<EvaluationDto>> HandleAsync(long id, EvaluationInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, async round =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return await reader.CheckAndApplyAsync(input, round, round.UnionId, e, ct) && !e.Any ? null : Outcome.Invalid(e);
        }, async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, EvaluationInput input, UpdateEvaluation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateEvaluation");
}
