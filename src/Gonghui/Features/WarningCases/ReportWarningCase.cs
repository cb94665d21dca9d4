using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>POST /api/v1/warning-cases/{id}/reports</c> <c>{recipient, reportedAt, receivedBy, note, version}</c>: the case
/// reported to the District Federation or the labour department (R15); a report after the level's limit is kept and
/// shown late.
/// </summary>
public sealed class ReportWarningCase(WarningCaseReader reader, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(ReportRecipient? Recipient, DateTime? ReportedAt, [property: MaxLength(100)] string? ReceivedBy, [property: MaxLength(500)] string? Note, long? Version);

    public Task<Outcome<WarningCaseDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, c =>
        {
            var e = new ValidationErrors();
            if (request.Recipient is not { } recipient || !Enum.IsDefined(recipient))
            {
                e.Add("recipient", t["Warning.RecipientRequired"]);
            }

            var at = request.ReportedAt?.ToUniversalTime() ?? clock.GetUtcNow().UtcDateTime;
            if (at < c.OpenedAt || at > clock.GetUtcNow().UtcDateTime.AddMinutes(5))
            {
                e.Add("reportedAt", t["Warning.ReportedAtInvalid"]);
            }

            var receivedBy = e.Required(t, "receivedBy", request.ReceivedBy, 100, "Warning.ReceivedByRequired");
            var note = e.Optional(t, "note", request.Note, 500);
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            c.Reports.Add(new WarningReport { Recipient = request.Recipient!.Value, ReportedAt = at, ReceivedBy = receivedBy!, Note = note });
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/reports", async (long id, Request request, ReportWarningCase h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ReportWarningCase");
}
