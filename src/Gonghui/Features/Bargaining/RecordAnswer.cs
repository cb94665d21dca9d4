using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary><c>POST /api/v1/negotiations/{id}/answer</c>: the other side's answer to the request (L2: due within 20 days; a late one is kept and flagged).</summary>
public sealed class RecordAnswer(NegotiationReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? AnsweredOn, [property: MaxLength(500)] string? Answer, long? Version);

    public Task<Outcome<NegotiationDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, n =>
        {
            if (reader.UnlessAt(n, NegotiationStage.Requested) is { } wrong)
            {
                return wrong;
            }

            var e = new ValidationErrors();
            if (request.AnsweredOn is not { } on || on < n.RequestedOn || on > LocalizationSetup.Today)
            {
                e.Add("answeredOn", t["Bargaining.DateInvalid"]);
            }

            var answer = e.Optional(t, "answer", request.Answer, 500);
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            n.AnsweredOn = request.AnsweredOn;
            n.Answer = answer;
            n.Stage = NegotiationStage.Answered;
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/answer", async (long id, Request request, RecordAnswer h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordAnswer");
}
