using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary><c>POST /api/v1/collective-contracts/{id}/objection-resolution</c>: the parties resolved the objection; the contract takes effect that day (L6).</summary>
public sealed class ResolveObjection(ContractReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? ResolvedOn, long? Version);

    public Task<Outcome<CollectiveContractDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, c =>
        {
            if (c.ObjectionOn is null || c.ObjectionResolvedOn is not null)
            {
                return Outcome.Conflict(t["Bargaining.NoObjection"]);
            }

            if (request.ResolvedOn is not { } on || on < c.ObjectionOn || on > LocalizationSetup.Today)
            {
                return Outcome.Invalid("resolvedOn", t["Bargaining.DateInvalid"]);
            }

            c.ObjectionResolvedOn = on;
            reader.DeriveEffectiveOn(c);
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/objection-resolution", async (long id, Request request, ResolveObjection h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ResolveObjection");
}
