using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/collective-contracts</c>: a contract entered on its own (signed before Gonghui, or bargained
/// elsewhere); it then goes through signing and filing like a drafted one.
/// </summary>
public sealed class CreateCollectiveContract(GonghuiDbContext db, ContractReader reader, CollectiveContractValidator validator)
{
    public async Task<Outcome<CollectiveContractDto>> HandleAsync(CollectiveContractInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var parties = await validator.CheckPartiesAsync(input, e, ct);
        if (await validator.CheckContentAsync(input, e, ct) is { } refused)
        {
            return refused;
        }

        if (parties is { } forbidden)
        {
            return forbidden;
        }

        var (associationId, enterpriseId) = Counterparty.Ids(input.CounterpartyKind!.Value, input.AssociationId, input.EnterpriseId);
        var contract = new CollectiveContract
        {
            UnionId = input.UnionId!.Value,
            Kind = input.Kind!.Value,
            CounterpartyKind = input.CounterpartyKind.Value,
            AssociationId = associationId,
            EnterpriseId = enterpriseId,
        };
        CollectiveContractValidator.ApplyContent(contract, input);
        db.Add(contract);
        await db.SaveChangesAsync(ct);
        return await reader.ReadWrittenAsync(contract.Id, ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (CollectiveContractInput input, CreateCollectiveContract h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, c => TypedResults.Created($"/api/v1/collective-contracts/{c.Id}", c)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateCollectiveContract");
}
