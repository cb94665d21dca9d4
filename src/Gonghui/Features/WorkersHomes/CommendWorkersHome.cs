using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>POST /api/v1/workers-homes/{id}/titles</c>: a title the home was commended with, its level and year.</summary>
public sealed class CommendWorkersHome(GonghuiDbContext db, WorkersHomeReader reader)
{
    public Task<Outcome<WorkersHomeDto>> HandleAsync(long id, HomeTitleInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, home => Task.FromResult(reader.Commend(input, home)),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/titles", async (long id, HomeTitleInput input, CommendWorkersHome h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CommendWorkersHome");
}
