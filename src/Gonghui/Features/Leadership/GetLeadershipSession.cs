using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Leadership;

/// <summary><c>GET /api/v1/leadership-sessions/{id}</c>: a hearing or study session with its topics, conclusions and unions.</summary>
public sealed class GetLeadershipSession(LeadershipRecords records)
{
    public Task<LeadershipSessionDto?> HandleAsync(long id, CancellationToken ct) => records.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetLeadershipSession h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } s ? Results.Ok(s) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetLeadershipSession");
}
