using Gonghui.Features.Bargaining.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/negotiations/{id}/vote</c>: the workers' congress (or all workers) votes on the draft. Recorded only
/// when it passes: at least two thirds present and more than half of all entitled in favour (<c>422</c>, rule <c>L3</c>,
/// otherwise, with the figures); the draft then goes back to the table.
/// </summary>
public sealed class RecordVote(NegotiationReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? VotedOn, VoteBody? Body, int? Entitled, int? Present, int? InFavour, int? Against, long? Version);

    public Task<Outcome<NegotiationDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, n =>
        {
            if (reader.UnlessAt(n, NegotiationStage.Drafted) is { } wrong)
            {
                return wrong;
            }

            var e = new ValidationErrors();
            if (request.VotedOn is not { } on || on < n.OpenedOn || on > LocalizationSetup.Today)
            {
                e.Add("votedOn", t["Bargaining.DateInvalid"]);
            }

            if (request.Body is null)
            {
                e.Add("body", t["Bargaining.VoteBodyRequired"]);
            }

            if (request.Entitled is not > 0)
            {
                e.Add("entitled", t["Bargaining.VoteEntitledInvalid"]);
            }
            else if (request.Present is not { } present || present < 0 || present > request.Entitled)
            {
                e.Add("present", t["Bargaining.VotePresentInvalid"]);
            }
            else if (request.InFavour is not { } inFavour || inFavour < 0 || inFavour + (request.Against ?? 0) > present || request.Against < 0)
            {
                e.Add("inFavour", t["Bargaining.VoteCountInvalid"]);
            }

            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            var verdict = ContractVoteRule.Evaluate(request.Entitled!.Value, request.Present!.Value, request.InFavour!.Value);
            if (!verdict.Passed)
            {
                return Outcome.RuleBroken("L3", t["Bargaining.L3", verdict.Entitled, verdict.Present, verdict.InFavour]);
            }

            n.VotedOn = request.VotedOn;
            n.VoteBody = request.Body;
            n.VoteEntitled = verdict.Entitled;
            n.VotePresent = verdict.Present;
            n.VoteInFavour = verdict.InFavour;
            n.VoteAgainst = request.Against;
            n.Stage = NegotiationStage.Approved;
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/vote", async (long id, Request request, RecordVote h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordVote");
}
