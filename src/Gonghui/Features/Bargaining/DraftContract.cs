using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/negotiations/{id}/draft</c>: the draft agreed at the table, as a contract of the negotiation's union,
/// kind and counterparty; later changes to the draft are <c>PUT /collective-contracts/{id}</c>. The draft then goes to the vote.
/// </summary>
public sealed class DraftContract(GonghuiDbContext db, NegotiationReader reader, CollectiveContractValidator validator)
{
    public Task<Outcome<NegotiationDto>> HandleAsync(long id, CollectiveContractInput input, CancellationToken ct) =>
        reader.StepAsync(id, input.Version, async n =>
        {
            if (reader.UnlessAt(n, NegotiationStage.Opened) is { } wrong)
            {
                return wrong;
            }

            if (await validator.CheckContentAsync(input, new ValidationErrors(), ct) is { } refused)
            {
                return refused;
            }

            var contract = new CollectiveContract
            {
                UnionId = n.UnionId,
                Kind = n.Kind,
                CounterpartyKind = n.CounterpartyKind,
                AssociationId = n.AssociationId,
                EnterpriseId = n.EnterpriseId,
            };
            CollectiveContractValidator.ApplyContent(contract, input);
            db.Add(contract);
            await db.SaveChangesAsync(ct);
            n.ContractId = contract.Id;
            n.Stage = NegotiationStage.Drafted;
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/draft", async (long id, CollectiveContractInput input, DraftContract h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, n => TypedResults.Created($"/api/v1/collective-contracts/{n.ContractId}", n)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DraftContract");
}
