using Gonghui.Features.Congresses.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary>
/// <c>POST /api/v1/elections/{id}/submission</c>: sends a counted result to the higher union for approval. A void
/// election, one without its quorum (of ballots or of the session), or one with seats still waiting for a further
/// round is refused, naming the rule; the rounds before it go up with it.
/// </summary>
public sealed class SubmitElection(GonghuiDbContext db, CongressReader reader, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(long? Version);

    public Task<Outcome<ElectionDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        Steps.RunAsync(db, id, request.Version, reader.FindWritableElectionAsync, async election =>
        {
            if (election.Status is ElectionStatus.Submitted or ElectionStatus.Approved)
            {
                return Outcome.Conflict(t["Congress.ElectionLocked", t[$"ElectionStatus.{election.Status}"]]);
            }

            var session = await db.Set<CongressSession>().IgnoreQueryFilters().Where(s => s.Id == election.SessionId).Select(s => new { s.Present, s.Entitled }).FirstAsync(ct);
            if (!QuorumRule.Met(session.Present, session.Entitled))
            {
                return Outcome.RuleBroken("L10", t["Congress.SessionNotQuorate"]);
            }

            switch (CongressReader.CountOf(election).Outcome)
            {
                case ElectionOutcome.Void:
                    return Outcome.RuleBroken("L10", t["Congress.ElectionVoid"]);
                case ElectionOutcome.NoQuorum:
                    return Outcome.RuleBroken("L10", t["Congress.ElectionNoQuorum"]);
                case ElectionOutcome.Runoff:
                    return Outcome.Conflict(t["Congress.RunoffFirst"]);
            }

            var at = clock.GetUtcNow().UtcDateTime;
            foreach (var round in await reader.RoundsBeforeAsync(election, ct))
            {
                round.Status = ElectionStatus.Submitted;
                round.SubmittedAt = at;
            }

            election.Status = ElectionStatus.Submitted;
            election.SubmittedAt = at;
            election.ReturnReason = null;
            return null;
        }, async (x, c) => (await reader.ReadElectionAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/submission", async (long id, Request request, SubmitElection h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SubmitElection");
}
