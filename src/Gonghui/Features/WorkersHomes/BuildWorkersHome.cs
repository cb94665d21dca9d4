using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>POST /api/v1/workers-homes</c>: a Workers' Home or small home a grassroots union built.</summary>
public sealed class BuildWorkersHome(GonghuiDbContext db, WorkersHomeReader reader)
{
    public async Task<Outcome<WorkersHomeDto>> HandleAsync(WorkersHomeInput input, CancellationToken ct)
    {
        var home = new WorkersHome();
        if (await reader.CheckAndApplyAsync(input, home, ct) is { } refused)
        {
            return refused;
        }

        db.Add(home);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(home.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (WorkersHomeInput input, BuildWorkersHome h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/workers-homes/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("BuildWorkersHome");
}
