using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/collective-contracts/{id}/objection</c>: the labour administration objects (L6). In time — within its
/// days of receipt — it holds the contract back until resolved; later, it is recorded but the contract stays in effect.
/// </summary>
public sealed class RecordObjection(ContractReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? RaisedOn, [property: MaxLength(500)] string? Reason, long? Version);

    public Task<Outcome<CollectiveContractDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, c =>
        {
            if (c.ReceivedOn is null)
            {
                return Outcome.Conflict(t["Bargaining.NotReceived"]);
            }

            if (c.ObjectionOn is not null)
            {
                return Outcome.Conflict(t["Bargaining.ObjectionRecorded"]);
            }

            var e = new ValidationErrors();
            if (request.RaisedOn is not { } on || on < c.ReceivedOn || on > LocalizationSetup.Today)
            {
                e.Add("raisedOn", t["Bargaining.DateInvalid"]);
            }

            var reason = e.Required(t, "reason", request.Reason, 500, "Bargaining.ObjectionReasonRequired");
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            c.ObjectionOn = request.RaisedOn;
            c.ObjectionReason = reason;
            reader.DeriveEffectiveOn(c);
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/objection", async (long id, Request request, RecordObjection h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordObjection");
}
