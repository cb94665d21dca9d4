using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.ServiceCards;

/// <summary><c>DELETE /api/v1/service-cards/{id}?version=</c>: an application entered by mistake; a card the bank issued is cancelled, not deleted.</summary>
public sealed class DeleteServiceCard(GonghuiDbContext db, ServiceCardReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        return found.Value!.Status != ServiceCardStatus.Applied
            ? Outcome.Conflict(t["ServiceCard.DeleteIssued"])
            : (await db.TryDeleteAsync(found.Value!, version, ct)).ToOutcome(t["ServiceCard.DeleteIssued"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteServiceCard h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteServiceCard");
}
