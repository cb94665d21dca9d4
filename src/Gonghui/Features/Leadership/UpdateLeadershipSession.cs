using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Leadership;

/// <summary><c>PUT /api/v1/leadership-sessions/{id}</c>: corrects a session with the version read.</summary>
public sealed class UpdateLeadershipSession(GonghuiDbContext db, LeadershipRecords records, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<LeadershipSessionDto>> HandleAsync(long id, LeadershipSessionInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, records.FindAsync, async s =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            await records.CheckAsync(input, e, s, ct);
            return e.Any ? Outcome.Invalid(e) : null;
        }, async (x, c) => (await records.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, LeadershipSessionInput input, UpdateLeadershipSession h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateLeadershipSession");
}
