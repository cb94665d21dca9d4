using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Stations;

/// <summary><c>PUT /api/v1/service-stations/{id}</c>: corrects a station, hands it to another union in scope, or records its closing, with the version read.</summary>
public sealed class UpdateStation(GonghuiDbContext db, StationReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<StationDto>> HandleAsync(long id, StationInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, async station =>
        {
            if (input.Version is null)
            {
                return Outcome.Invalid(ValidationErrors.ForStep(null, t));
            }

            return await reader.CheckAndApplyAsync(input, station, ct);
        }, async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, StationInput input, UpdateStation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateStation");
}
