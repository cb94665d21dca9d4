using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary><c>POST /api/v1/warning-cases/{id}/mediations</c> <c>{heldOn, mediator, parties, outcome, note, version}</c>: a mediation session and its outcome.</summary>
public sealed class RecordMediation(WarningCaseReader reader, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? HeldOn, [property: MaxLength(100)] string? Mediator, [property: MaxLength(500)] string? Parties, MediationOutcome? Outcome, [property: MaxLength(2000)] string? Note, long? Version);

    public Task<Outcome<WarningCaseDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, c =>
        {
            var e = new ValidationErrors();
            if (request.HeldOn is not { } on || on > LocalizationSetup.Today || on < DateOnly.FromDateTime(c.OpenedAt).AddDays(-1))
            {
                e.Add("heldOn", t["Bargaining.DateInvalid"]);
            }

            var mediator = e.Required(t, "mediator", request.Mediator, 100, "Warning.MediatorRequired");
            var parties = e.Required(t, "parties", request.Parties, 500, "Warning.PartiesRequired");
            if (request.Outcome is not { } outcome || !Enum.IsDefined(outcome))
            {
                e.Add("outcome", t["Warning.OutcomeRequired"]);
            }

            var note = e.Optional(t, "note", request.Note, 2000);
            if (e.Any)
            {
                return Infrastructure.Api.Outcome.Invalid(e);
            }

            c.Mediations.Add(new Mediation { HeldOn = request.HeldOn!.Value, Mediator = mediator!, Parties = parties!, Outcome = request.Outcome!.Value, Note = note, RecordedAt = clock.GetUtcNow().UtcDateTime });
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/mediations", async (long id, Request request, RecordMediation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordMediation");
}
