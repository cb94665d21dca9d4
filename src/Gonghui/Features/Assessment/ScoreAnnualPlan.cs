using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>POST /api/v1/annual-plans/{id}/scoring</c>: the district scores a self-assessed plan — its manual items by hand
/// (0–100, with notes), the computed ones from the records — and may score it again.
/// </summary>
public sealed class ScoreAnnualPlan(GonghuiDbContext db, AnnualPlanRecords records, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<AnnualPlanDto>> HandleAsync(long id, ScoresInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, FindAsync, async p =>
        {
            if (p.Status == AnnualPlanStatus.Draft)
            {
                return Outcome.Conflict(t["Plan.NotSelfAssessed"]);
            }

            var e = new ValidationErrors();
            records.ApplyScores(input, (await records.ReadAsync(id, ct, ignoreScope: true))!.Items, e, (item, score, note) =>
            {
                var target = p.Items.Single(i => i.Id == item.Id);
                (target.DistrictScore, target.DistrictNote) = (score, note);
            });
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            p.Status = AnnualPlanStatus.Scored;
            p.ScoredOn = LocalizationSetup.Today;
            return null;
        }, async (x, c) => (await records.ReadAsync(x, c, ignoreScope: true))!, ct);

    private async Task<Outcome<AnnualPlan>> FindAsync(long id, CancellationToken ct)
    {
        var found = await records.FindWritableAsync(id, ct);
        return !found.IsOk ? found.Failed<AnnualPlan>() : records.IsDistrict ? found.Value.Plan : Outcome.Forbidden;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/scoring", async (long id, ScoresInput input, ScoreAnnualPlan h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ScoreAnnualPlan");
}
