using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/negotiations/{id}/opening</c>: the first sitting, once the request is answered. Refused (<c>422</c>,
/// rule <c>L1</c>) unless both sides have the same number of representatives, at least 3, with one chief each.
/// </summary>
public sealed class OpenNegotiation(NegotiationReader reader, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? OpenedOn, long? Version);

    public Task<Outcome<NegotiationDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, n =>
        {
            if (reader.UnlessAt(n, NegotiationStage.Answered) is { } wrong)
            {
                return wrong;
            }

            if (request.OpenedOn is not { } on || on < n.AnsweredOn || on > LocalizationSetup.Today)
            {
                return Outcome.Invalid("openedOn", t["Bargaining.DateInvalid"]);
            }

            if (SetNegotiators.Teams(n.Negotiators, district.Get<BargainingSettings>()) is { Met: false } verdict)
            {
                return Outcome.RuleBroken("L1", SetNegotiators.Describe(verdict, t));
            }

            n.OpenedOn = on;
            n.Stage = NegotiationStage.Opened;
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/opening", async (long id, Request request, OpenNegotiation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("OpenNegotiation");
}
