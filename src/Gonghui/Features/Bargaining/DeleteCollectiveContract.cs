using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>DELETE /api/v1/collective-contracts/{id}?version=</c>: an unsigned contract entered by mistake, or a draft withdrawn
/// (its negotiation goes back to the table). A signed contract is a record and stays.
/// </summary>
public sealed class DeleteCollectiveContract(GonghuiDbContext db, AttachmentStore store, ContractReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableAsync(id, withContent: true, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        if (found.Value!.SignedOn is not null)
        {
            return Outcome.Conflict(t["Bargaining.AlreadySigned"]);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<Negotiation>().IgnoreQueryFilters().FirstOrDefaultAsync(n => n.ContractId == id, ct) is { } negotiation)
        {
            negotiation.ContractId = null;
            negotiation.Stage = NegotiationStage.Opened;
            negotiation.VotedOn = null;
            negotiation.VoteBody = null;
            negotiation.VoteEntitled = negotiation.VotePresent = negotiation.VoteInFavour = negotiation.VoteAgainst = null;
            await db.SaveChangesAsync(ct);
        }

        var files = await store.RemoveAsync(ContractDocuments.Owner.Owner, id, null, ct);
        db.Remove(found.Value);
        if (!await db.TrySaveAsync(found.Value, version, ct))
        {
            return Outcome.Stale;
        }

        await tx.CommitAsync(ct);
        AttachmentStore.DeleteFiles(files);
        return true;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteCollectiveContract h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteCollectiveContract");
}
