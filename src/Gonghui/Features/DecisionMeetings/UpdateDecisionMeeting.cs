using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>PUT /api/v1/decision-meetings/{id}</c>: corrects a meeting with the version read; its union stays.</summary>
public sealed class UpdateDecisionMeeting(GonghuiDbContext db, DecisionRecords records, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<DecisionMeetingDto>> HandleAsync(long id, DecisionMeetingInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, records.FindMeetingAsync, m =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            records.CheckMeeting(input, e, m);
            return Task.FromResult<Outcome?>(e.Any ? Outcome.Invalid(e) : null);
        }, async (x, c) => (await records.ReadMeetingAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, DecisionMeetingInput input, UpdateDecisionMeeting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateDecisionMeeting");
}
