using Gonghui.Features.Organisation;
using Gonghui.Features.ServiceCards.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.ServiceCards;

/// <summary>
/// <c>GET /api/v1/service-cards/issuance?underUnionId=</c>: the issuance rate (cards in force over active members, R8) of a
/// union — the actor's own, or the district, when none is given — and of each union directly under it, with the district's target.
/// </summary>
public sealed class GetCardIssuance(GonghuiDbContext db, CurrentActor actor, Infrastructure.Settings.DistrictSettings settings)
{
    public sealed record Line(long UnionId, string UnionName, long Members, long InForce, long Applied, decimal? Rate);

    public sealed record Result(Line Union, IReadOnlyList<Line> Children, decimal Target);

    public async Task<Outcome<Result>> HandleAsync(long? underUnionId, CancellationToken ct)
    {
        var id = underUnionId ?? actor.UnionId;
        var union = await db.Unions.AsNoTracking().Where(u => id == null ? u.ParentId == null : u.Id == id).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (union is null)
        {
            return Outcome.NotFound;
        }

        var children = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.ParentId == union.Id).OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        var byUnion = await ServiceCardFacts.ByUnionAsync(db, union.Path, ct);
        Line LineOf(long unionId, string name, string path)
        {
            var c = ServiceCardFacts.Under(byUnion, path);
            return new Line(unionId, name, c.Members, c.InForce, c.Applied, ServiceCardRule.IssuanceRate(c.InForce, c.Members));
        }

        return new Result(LineOf(union.Id, union.Name, union.Path), [.. children.Select(c => LineOf(c.Id, c.Name, c.Path))], settings.Get<ServiceCardSettings>().IssuanceTarget);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/issuance", async (GetCardIssuance h, Problems p, long? underUnionId, CancellationToken ct) =>
                (await h.HandleAsync(underUnionId, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetCardIssuance");
}
