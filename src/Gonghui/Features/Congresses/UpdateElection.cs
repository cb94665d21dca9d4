using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>PUT /api/v1/elections/{id}</c>: corrects an election not yet sent up (or returned) with the version read, and counts it again.</summary>
public sealed class UpdateElection(GonghuiDbContext db, CongressReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<ElectionDto>> HandleAsync(long id, ElectionInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableElectionAsync, async election =>
        {
            if (election.Status is ElectionStatus.Submitted or ElectionStatus.Approved)
            {
                return Outcome.Conflict(t["Congress.ElectionLocked", t[$"ElectionStatus.{election.Status}"]]);
            }

            if (await db.Set<Election>().IgnoreQueryFilters().AnyAsync(x => x.PreviousRoundId == election.Id, ct))
            {
                return Outcome.Conflict(t["Congress.HasNextRound"]);
            }

            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return await reader.CheckAndApplyAsync(input, election, e, ct) && !e.Any ? null : Outcome.Invalid(e);
        }, async (x, c) => (await reader.ReadElectionAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, ElectionInput input, UpdateElection h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateElection");
}
