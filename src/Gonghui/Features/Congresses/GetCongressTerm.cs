using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Congresses;

/// <summary><c>GET /api/v1/congress-terms/{id}</c>.</summary>
public sealed class GetCongressTerm(CongressReader reader)
{
    public Task<TermDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadTermAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetCongressTerm h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetCongressTerm");
}
