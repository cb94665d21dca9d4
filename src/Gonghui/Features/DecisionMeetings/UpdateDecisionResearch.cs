using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>PUT /api/v1/decision-research/{id}</c>: corrects the research or links it to its decision, with the version read.</summary>
public sealed class UpdateDecisionResearch(GonghuiDbContext db, DecisionRecords records, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<DecisionResearchDto>> HandleAsync(long id, DecisionResearchInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, records.FindResearchAsync, async r =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            await records.CheckResearchAsync(input, r.UnionId, e, r, ct);
            return e.Any ? Outcome.Invalid(e) : null;
        }, async (x, c) => (await records.ReadResearchAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, DecisionResearchInput input, UpdateDecisionResearch h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateDecisionResearch");
}
