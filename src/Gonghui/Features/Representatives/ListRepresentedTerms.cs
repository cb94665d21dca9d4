using Gonghui.Features.Congresses;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/representatives/terms</c>: the congress terms in the actor's scope run with permanent representatives, those in force first.</summary>
public sealed class ListRepresentedTerms(GonghuiDbContext db)
{
    public sealed record Row(long Id, long UnionId, string UnionName, int Number, DateOnly StartsOn, DateOnly EndsOn, bool InForce);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        return await db.Set<CongressTerm>().AsNoTracking().Where(x => x.PermanentRepresentatives)
            .OrderByDescending(x => x.StartsOn <= today && x.EndsOn >= today).ThenBy(x => x.Union!.Code).ThenByDescending(x => x.Number)
            .Select(x => new Row(x.Id, x.UnionId, x.Union!.Name, x.Number, x.StartsOn, x.EndsOn, x.StartsOn <= today && x.EndsOn >= today))
            .Take(500).ToListAsync(ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/terms", async (ListRepresentedTerms h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithName("ListRepresentedTerms");
}
