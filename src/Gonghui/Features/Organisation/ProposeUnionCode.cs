using Gonghui.Features.Organisation.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Organisation;

/// <summary>
/// <c>GET /api/v1/unions/{id}/proposed-code</c>: the code a new union under this one would most likely take
/// (<see cref="UnionCodeProposal"/>), for the form to offer. 404 for a parent outside the actor's scope.
/// </summary>
public sealed class ProposeUnionCode(GonghuiDbContext db)
{
    public sealed record Proposal(string Code);

    public async Task<Outcome<Proposal>> HandleAsync(long parentId, CancellationToken ct)
    {
        var parent = await db.Unions.AsNoTracking().Where(u => u.Id == parentId).Select(u => u.Code).SingleOrDefaultAsync(ct);
        if (parent is null)
        {
            return Outcome.NotFound;
        }

        // Every code under the parent, the actor's scope or not: a proposal must not be one already taken.
        var taken = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Code.StartsWith(parent + "-")).Select(u => u.Code).ToListAsync(ct);
        return new Proposal(UnionCodeProposal.Next(parent, taken));
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}/proposed-code", async (long id, ProposeUnionCode h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("ProposeUnionCode");
}
