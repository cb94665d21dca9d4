using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>PUT /api/v1/congress-sessions/{id}</c>: corrects a session (its agenda as a whole list) with the version read; its term stays.</summary>
public sealed class UpdateCongressSession(GonghuiDbContext db, CongressReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<SessionDto>> HandleAsync(long id, SessionInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableSessionAsync, async session =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return await reader.CheckAndApplyAsync(input, session, e, ct) && !e.Any ? null : Outcome.Invalid(e);
        }, async (x, c) => (await reader.ReadSessionAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, SessionInput input, UpdateCongressSession h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateCongressSession");
}
