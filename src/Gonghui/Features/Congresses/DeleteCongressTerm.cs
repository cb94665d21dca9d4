using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>DELETE /api/v1/congress-terms/{id}?version=</c>: a term entered by mistake; one with sessions stays.</summary>
public sealed class DeleteCongressTerm(GonghuiDbContext db, CongressReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableTermAsync(id, ct);
        return found.IsOk ? (await db.TryDeleteAsync(found.Value!, version, ct)).ToOutcome(t["Congress.TermReferenced"]) : found.Failed<bool>();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteCongressTerm h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteCongressTerm");
}
