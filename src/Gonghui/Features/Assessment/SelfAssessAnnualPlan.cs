using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>POST /api/v1/annual-plans/{id}/self-assessment</c>: the union scores its manual items (0–100, with notes); computed
/// items take their indicator's score. The items are fixed from then on; the union may assess again until the district scores.
/// </summary>
public sealed class SelfAssessAnnualPlan(GonghuiDbContext db, AnnualPlanRecords records, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<AnnualPlanDto>> HandleAsync(long id, ScoresInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, FindAsync, async p =>
        {
            if (p.Status == AnnualPlanStatus.Scored)
            {
                return Outcome.Conflict(t["Plan.AlreadyScored"]);
            }

            var e = new ValidationErrors();
            records.ApplyScores(input, (await records.ReadAsync(id, ct, ignoreScope: true))!.Items, e, (item, score, note) =>
            {
                var target = p.Items.Single(i => i.Id == item.Id);
                (target.SelfScore, target.SelfNote) = (score, note);
            });
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            p.Status = AnnualPlanStatus.SelfAssessed;
            p.SelfAssessedOn = LocalizationSetup.Today;
            return null;
        }, async (x, c) => (await records.ReadAsync(x, c, ignoreScope: true))!, ct);

    private async Task<Outcome<AnnualPlan>> FindAsync(long id, CancellationToken ct)
    {
        var found = await records.FindWritableAsync(id, ct);
        return found.IsOk ? found.Value.Plan : found.Failed<AnnualPlan>();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/self-assessment", async (long id, ScoresInput input, SelfAssessAnnualPlan h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SelfAssessAnnualPlan");
}
