using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary><c>DELETE /api/v1/industry-associations/{id}?version=</c>: refused while a negotiation or contract names it.</summary>
public sealed class DeleteIndustryAssociation(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await IndustryAssociationQueries.FindWritableAsync(db, actor, id, ct);
        if (!found.IsOk)
        {
            return found.Failed<bool>();
        }

        return (await db.TryDeleteAsync(found.Value!, version, ct)).ToOutcome(t["Association.InUse"]);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteIndustryAssociation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteIndustryAssociation");
}
