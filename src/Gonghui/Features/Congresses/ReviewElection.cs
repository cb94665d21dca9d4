using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary>
/// The higher union's answer to a submitted result: <c>POST /api/v1/elections/{id}/approval</c> — the elected take
/// their seats on the union's committee (those of the office before them leave theirs, kept as history) and, for the
/// chair, the registry's chair changes — or <c>/return</c> with a reason, to be corrected and sent again. Only the
/// staff of a union above (or the district's) answer; the union never approves its own.
/// </summary>
public sealed class ReviewElection(GonghuiDbContext db, CongressReader reader, CurrentActor actor, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public sealed record Request([property: MaxLength(1000)] string? Reason, long? Version);

    public Task<Outcome<ElectionDto>> HandleAsync(long id, bool approve, Request request, CancellationToken ct) =>
        Steps.RunAsync(db, id, request.Version, FindForReviewAsync, async election =>
        {
            var e = new ValidationErrors();
            var reason = approve ? e.Optional(t, "reason", request.Reason, 1000) : e.Required(t, "reason", request.Reason, 1000, "Congress.ReturnReasonRequired");
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            var rounds = await reader.RoundsBeforeAsync(election, ct);
            var at = clock.GetUtcNow().UtcDateTime;
            foreach (var round in rounds.Append(election))
            {
                round.Status = approve ? ElectionStatus.Approved : ElectionStatus.Returned;
                round.DecidedAt = at;
                round.DecidedBy = actor.UserName;
                round.ReturnReason = approve ? null : reason;
            }

            if (approve)
            {
                await SeatAsync(election, rounds.Append(election).SelectMany(r => r.Candidates).Where(c => c.Elected).OrderByDescending(c => c.Votes).ToList(), ct);
            }

            return null;
        }, async (x, c) => (await reader.ReadElectionAsync(x, c, ignoreScope: true))!, ct);

    /// <summary>A submitted election of a union below one the actor keeps.</summary>
    private async Task<Outcome<Election>> FindForReviewAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<Election>().IgnoreQueryFilters().Include(x => x.Candidates).Where(x => x.Id == id)
            .Select(x => new { Election = x, ParentPath = x.Union!.Parent!.Path, x.Union.Path }).FirstOrDefaultAsync(ct);
        if (found is null || (!actor.SeesAllUnions && (actor.UnionPath is null || !found.Path.StartsWith(actor.UnionPath, StringComparison.Ordinal))))
        {
            return Outcome.NotFound;
        }

        if (found.ParentPath is null || !actor.CanWriteRegistryUnder(found.ParentPath))
        {
            return Outcome.Forbidden;
        }

        return found.Election.Status == ElectionStatus.Submitted
            ? found.Election
            : Outcome.Conflict(t["Congress.NotSubmitted", t[$"ElectionStatus.{found.Election.Status}"]]);
    }

    /// <summary>
    /// Ends the office's current seats and opens the elected's, from the day of the session that elected them (the
    /// approval confirms that day's vote); the chair's name goes into the registry.
    /// </summary>
    private async Task SeatAsync(Election election, List<Candidate> elected, CancellationToken ct)
    {
        var electedOn = await db.Set<CongressSession>().IgnoreQueryFilters().Where(s => s.Id == election.SessionId).Select(s => s.HeldOn).FirstAsync(ct);
        var current = await db.Set<CommitteeSeat>().IgnoreQueryFilters().Where(s => s.UnionId == election.UnionId && s.Office == election.Office && s.ToOn == null).ToListAsync(ct);
        foreach (var seat in current)
        {
            seat.ToOn = electedOn;
        }

        db.AddRange(elected.Select(c => new CommitteeSeat { UnionId = election.UnionId, Office = election.Office, MemberId = c.MemberId, Name = c.Name, ElectionId = election.Id, FromOn = electedOn }));
        if (election.Office == ElectionOffice.Chair && elected.Count > 0)
        {
            var union = await db.Set<Union>().IgnoreQueryFilters().FirstAsync(u => u.Id == election.UnionId, ct);
            union.ChairName = elected[0].Name;
        }
    }

    public static void Map(RouteGroupBuilder g)
    {
        foreach (var (path, approve) in new[] { ("approval", true), ("return", false) })
        {
            g.MapPost($"/{{id:long}}/{path}", async (long id, Request request, ReviewElection h, Problems p, CancellationToken ct) =>
                    (await h.HandleAsync(id, approve, request, ct)).ToHttp(p, TypedResults.Ok))
                .RequireAuthorization(Policies.WriteRegistry)
                .WithName(approve ? "ApproveElection" : "ReturnElection");
        }
    }
}
