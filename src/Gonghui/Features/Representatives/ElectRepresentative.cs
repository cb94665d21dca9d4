using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Representatives;

/// <summary><c>POST /api/v1/representatives</c>: a member elected a permanent representative of a term; one they replace leaves in the same write.</summary>
public sealed class ElectRepresentative(GonghuiDbContext db, RepresentativeReader reader)
{
    public async Task<Outcome<RepresentativeDto>> HandleAsync(RepresentativeInput input, CancellationToken ct)
    {
        var checkedNew = await reader.CheckNewAsync(input, ct);
        if (!checkedNew.IsOk)
        {
            return checkedNew.Failed<RepresentativeDto>();
        }

        db.Add(checkedNew.Value!);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(checkedNew.Value!.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (RepresentativeInput input, ElectRepresentative h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/representatives/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ElectRepresentative");
}
