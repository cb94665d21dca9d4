using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary><c>POST /api/v1/negotiations/{id}/closure</c>: the negotiation ends without a contract (refused, broken off, withdrawn), with why.</summary>
public sealed class CloseNegotiation(NegotiationReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? ClosedOn, [property: MaxLength(500)] string? Note, long? Version);

    public Task<Outcome<NegotiationDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, n =>
        {
            if (reader.UnlessAt(n, NegotiationStage.Requested, NegotiationStage.Answered, NegotiationStage.Opened, NegotiationStage.Drafted, NegotiationStage.Approved) is { } wrong)
            {
                return wrong;
            }

            var e = new ValidationErrors();
            if (request.ClosedOn is not { } on || on < n.RequestedOn || on > LocalizationSetup.Today)
            {
                e.Add("closedOn", t["Bargaining.DateInvalid"]);
            }

            var note = e.Required(t, "note", request.Note, 500, "Bargaining.ClosingNoteRequired");
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            n.ClosedOn = request.ClosedOn;
            n.ClosingNote = note;
            n.Stage = NegotiationStage.Abandoned;
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/closure", async (long id, Request request, CloseNegotiation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CloseNegotiation");
}
