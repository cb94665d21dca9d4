using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Representatives;

/// <summary><c>POST /api/v1/representatives/{id}/end</c>: a representative recalled, resigned or replaced before the term's end, with the day and the reason.</summary>
public sealed class EndRepresentative(GonghuiDbContext db, RepresentativeReader reader)
{
    public Task<Outcome<RepresentativeDto>> HandleAsync(long id, RepresentativeEndInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, representative => reader.CheckAndEndAsync(input, representative, ct),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/end", async (long id, RepresentativeEndInput input, EndRepresentative h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("EndRepresentative");
}
