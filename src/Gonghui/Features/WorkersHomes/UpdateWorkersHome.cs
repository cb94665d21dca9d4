using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>PUT /api/v1/workers-homes/{id}</c>: corrects a home, with the version read.</summary>
public sealed class UpdateWorkersHome(GonghuiDbContext db, WorkersHomeReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<WorkersHomeDto>> HandleAsync(long id, WorkersHomeInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, async home =>
        {
            if (input.Version is null)
            {
                return Outcome.Invalid(ValidationErrors.ForStep(null, t));
            }

            return await reader.CheckAndApplyAsync(input, home, ct);
        }, async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, WorkersHomeInput input, UpdateWorkersHome h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateWorkersHome");
}
