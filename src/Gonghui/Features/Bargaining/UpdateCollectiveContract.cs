using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>PUT /api/v1/collective-contracts/{id}</c> with the <c>version</c> read: its content (title, term, coverage, clauses,
/// wage standards). The parties stay as they were: a contract with other parties is another contract.
/// </summary>
public sealed class UpdateCollectiveContract(ContractReader reader, CollectiveContractValidator validator, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<CollectiveContractDto>> HandleAsync(long id, CollectiveContractInput input, CancellationToken ct) =>
        input.Version is null
            ? Task.FromResult<Outcome<CollectiveContractDto>>(Outcome.Invalid("version", t["Field.VersionRequired"]))
            : reader.EditAsync(id, input.Version, async c =>
            {
                if (await validator.CheckContentAsync(input, new ValidationErrors(), ct) is { } refused)
                {
                    return refused;
                }

                CollectiveContractValidator.ApplyContent(c, input);
                return null;
            }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, CollectiveContractInput input, UpdateCollectiveContract h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateCollectiveContract");
}
