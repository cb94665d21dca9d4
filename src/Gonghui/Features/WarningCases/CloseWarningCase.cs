using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>POST /api/v1/warning-cases/{id}/closure</c> <c>{closedOn, outcome, reviewNote, version}</c>: a case closes with its
/// outcome and a review note (what happened, what to watch), and only once it has been reported to both recipients.
/// </summary>
public sealed class CloseWarningCase(WarningCaseReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? ClosedOn, MediationOutcome? Outcome, [property: MaxLength(2000)] string? ReviewNote, long? Version);

    public Task<Outcome<WarningCaseDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, c =>
        {
            var e = new ValidationErrors();
            var closedOn = request.ClosedOn ?? LocalizationSetup.Today;
            if (closedOn > LocalizationSetup.Today || closedOn < DateOnly.FromDateTime(c.OpenedAt).AddDays(-1))
            {
                e.Add("closedOn", t["Bargaining.DateInvalid"]);
            }

            if (request.Outcome is not { } outcome || !Enum.IsDefined(outcome))
            {
                e.Add("outcome", t["Warning.OutcomeRequired"]);
            }

            var note = e.Required(t, "reviewNote", request.ReviewNote, 2000, "Warning.ReviewRequired");
            if (e.Any)
            {
                return Infrastructure.Api.Outcome.Invalid(e);
            }

            var unreported = Enum.GetValues<ReportRecipient>().Where(r => c.Reports.All(x => x.Recipient != r)).ToList();
            if (unreported.Count > 0)
            {
                return Infrastructure.Api.Outcome.RuleBroken("R15", t["Warning.NotReported", string.Join(t["Common.ListSeparator"].Value, unreported.Select(r => t[$"ReportRecipient.{r}"].Value))]);
            }

            c.Status = WarningCaseStatus.Closed;
            c.ClosedOn = closedOn;
            c.Outcome = request.Outcome;
            c.ReviewNote = note;
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/closure", async (long id, Request request, CloseWarningCase h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CloseWarningCase");
}
