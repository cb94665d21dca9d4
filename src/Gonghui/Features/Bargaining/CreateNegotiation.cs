using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/negotiations</c>: a negotiation starts with the written request to bargain (要约), sent by either side;
/// the other side's answer is then due within L2's days.
/// </summary>
public sealed class CreateNegotiation(GonghuiDbContext db, CurrentActor actor, NegotiationReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(
        long? UnionId, ContractKind? Kind, [property: MaxLength(200)] string? Title, CounterpartyKind? CounterpartyKind, long? AssociationId, long? EnterpriseId,
        BargainingSide? RequestedBy, DateOnly? RequestedOn);

    public async Task<Outcome<NegotiationDto>> HandleAsync(Request request, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(request.UnionId, e, t, ct);

        if (request.Kind is null)
        {
            e.Add("kind", t["Bargaining.KindRequired"]);
        }

        var title = e.Required(t, "title", request.Title, 200, "Bargaining.TitleRequired");
        await Counterparty.CheckAsync(db, t, e, request.CounterpartyKind, request.AssociationId, request.EnterpriseId, ct);
        if (request.RequestedBy is null)
        {
            e.Add("requestedBy", t["Bargaining.RequestedByRequired"]);
        }

        if (request.RequestedOn is not { } requestedOn || requestedOn > LocalizationSetup.Today)
        {
            e.Add("requestedOn", t["Bargaining.DateInvalid"]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union!.Path))
        {
            return Outcome.Forbidden;
        }

        var (associationId, enterpriseId) = Counterparty.Ids(request.CounterpartyKind!.Value, request.AssociationId, request.EnterpriseId);
        var negotiation = new Negotiation
        {
            UnionId = request.UnionId!.Value,
            Kind = request.Kind!.Value,
            Title = title!,
            CounterpartyKind = request.CounterpartyKind.Value,
            AssociationId = associationId,
            EnterpriseId = enterpriseId,
            Stage = NegotiationStage.Requested,
            RequestedBy = request.RequestedBy!.Value,
            RequestedOn = request.RequestedOn!.Value,
        };
        db.Add(negotiation);
        await db.SaveChangesAsync(ct);
        return await reader.ReadWrittenAsync(negotiation.Id, ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (Request request, CreateNegotiation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(request, ct)).ToHttp(p, n => TypedResults.Created($"/api/v1/negotiations/{n.Id}", n)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateNegotiation");
}
