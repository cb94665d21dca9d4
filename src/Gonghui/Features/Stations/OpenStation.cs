using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Stations;

/// <summary><c>POST /api/v1/service-stations</c>: a station a union runs.</summary>
public sealed class OpenStation(GonghuiDbContext db, StationReader reader)
{
    public async Task<Outcome<StationDto>> HandleAsync(StationInput input, CancellationToken ct)
    {
        var station = new ServiceStation();
        if (await reader.CheckAndApplyAsync(input, station, ct) is { } refused)
        {
            return refused;
        }

        db.Add(station);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(station.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (StationInput input, OpenStation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/service-stations/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("OpenStation");
}
