using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/collective-contracts/{id}/filing</c>: sent to the labour administration (L5: within 10 days of signing; a
/// late filing is kept and flagged) and, when known, the day it was received, from which L6's objection period runs.
/// </summary>
public sealed class FileCollectiveContract(ContractReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? FiledOn, DateOnly? ReceivedOn, long? Version);

    public Task<Outcome<CollectiveContractDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, c =>
        {
            if (c.SignedOn is null)
            {
                return Outcome.Conflict(t["Bargaining.NotSigned"]);
            }

            var e = new ValidationErrors();
            var today = LocalizationSetup.Today;
            if (request.FiledOn is not { } filed || filed < c.SignedOn || filed > today)
            {
                e.Add("filedOn", t["Bargaining.DateInvalid"]);
            }
            else if (request.ReceivedOn is { } received && (received < filed || received > today))
            {
                e.Add("receivedOn", t["Bargaining.DateInvalid"]);
            }

            if (c.ObjectionOn is not null && request.ReceivedOn != c.ReceivedOn)
            {
                e.Add("receivedOn", t["Bargaining.ObjectionRecorded"]);
            }

            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            c.FiledOn = request.FiledOn;
            c.ReceivedOn = request.ReceivedOn;
            reader.DeriveEffectiveOn(c);
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/filing", async (long id, Request request, FileCollectiveContract h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("FileCollectiveContract");
}
