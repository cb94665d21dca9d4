using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary><c>PUT /api/v1/annual-plans/{id}</c>: the plan's work items, while it is a draft (an item keeps its id; one left out is removed).</summary>
public sealed class UpdateAnnualPlan(GonghuiDbContext db, AnnualPlanRecords records, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<AnnualPlanDto>> HandleAsync(long id, AnnualPlanInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, records.FindPlanAsync, async p =>
        {
            if (p.Status != AnnualPlanStatus.Draft)
            {
                return Outcome.Conflict(t["Plan.NotDraft"]);
            }

            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            records.CheckItems(input.Items, p.Year, await records.IsIndustrialAsync(p.UnionId, ct), e, p);
            return e.Any ? Outcome.Invalid(e) : null;
        }, async (x, c) => (await records.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, AnnualPlanInput input, UpdateAnnualPlan h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateAnnualPlan");
}
