using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Representatives;

/// <summary><c>PUT /api/v1/representatives/{id}</c>: corrects a representative's constituency, day and make-up with the version read; term and member stay.</summary>
public sealed class UpdateRepresentative(GonghuiDbContext db, RepresentativeReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<RepresentativeDto>> HandleAsync(long id, RepresentativeInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, async representative =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return await reader.CheckAndApplyAsync(input, representative, e, ct) && !e.Any ? null : Outcome.Invalid(e);
        }, async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, RepresentativeInput input, UpdateRepresentative h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateRepresentative");
}
