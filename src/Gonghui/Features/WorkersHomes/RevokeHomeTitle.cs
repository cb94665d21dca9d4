using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>POST /api/v1/workers-homes/{id}/titles/{titleId}/revoke</c>: a title taken back, with the day and the reason.</summary>
public sealed class RevokeHomeTitle(GonghuiDbContext db, WorkersHomeReader reader)
{
    public Task<Outcome<WorkersHomeDto>> HandleAsync(long id, long titleId, HomeTitleRevokeInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, home => Task.FromResult(reader.Revoke(titleId, input, home)),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/titles/{titleId:long}/revoke", async (long id, long titleId, HomeTitleRevokeInput input, RevokeHomeTitle h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, titleId, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RevokeHomeTitle");
}
