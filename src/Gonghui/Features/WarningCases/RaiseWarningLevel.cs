using System.ComponentModel.DataAnnotations;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>POST /api/v1/warning-cases/{id}/level</c> <c>{level, reason, version}</c>: staff raise a case above what the rules
/// give, with a reason; the reporting clock of the new level starts now. A level is never lowered.
/// </summary>
public sealed class RaiseWarningLevel(WarningCaseReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(WarningLevel? Level, [property: MaxLength(500)] string? Reason, long? Version);

    public Task<Outcome<WarningCaseDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, c =>
        {
            var e = new ValidationErrors();
            if (request.Level is not { } level || !Enum.IsDefined(level))
            {
                e.Add("level", t["Warning.LevelRequired"]);
            }
            else if (level >= c.Level)
            {
                e.Add("level", t["Warning.LevelNotHigher", c.Level.ToString()]);
            }

            var reason = e.Required(t, "reason", request.Reason, 500, "Warning.ReasonRequired");
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            reader.ChangeLevel(c, request.Level!.Value, reason!);
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/level", async (long id, Request request, RaiseWarningLevel h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RaiseWarningLevel");
}
