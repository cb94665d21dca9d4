using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary><c>POST /api/v1/negotiations/{id}/rounds</c>: a round at the table, with the topics, each side's position and the minutes.</summary>
public sealed class AddNegotiationRound(NegotiationReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? HeldOn, [property: MaxLength(500)] string? Topics, [property: MaxLength(2000)] string? UnionPosition, [property: MaxLength(2000)] string? EmployerPosition, [property: MaxLength(8000)] string? Minutes, long? Version);

    public Task<Outcome<NegotiationDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, n =>
        {
            if (reader.UnlessAt(n, NegotiationStage.Opened, NegotiationStage.Drafted) is { } wrong)
            {
                return wrong;
            }

            var e = new ValidationErrors();
            if (request.HeldOn is not { } on || on < n.OpenedOn || on > LocalizationSetup.Today)
            {
                e.Add("heldOn", t["Bargaining.DateInvalid"]);
            }

            var topics = e.Required(t, "topics", request.Topics, 500, "Bargaining.TopicsRequired");
            var unionPosition = e.Optional(t, "unionPosition", request.UnionPosition, 2000);
            var employerPosition = e.Optional(t, "employerPosition", request.EmployerPosition, 2000);
            var minutes = e.Optional(t, "minutes", request.Minutes, 8000);
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            n.Rounds.Add(new NegotiationRound { HeldOn = request.HeldOn!.Value, Topics = topics!, UnionPosition = unionPosition, EmployerPosition = employerPosition, Minutes = minutes });
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/rounds", async (long id, Request request, AddNegotiationRound h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, n => TypedResults.Created($"/api/v1/negotiations/{n.Id}", n)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("AddNegotiationRound");
}
