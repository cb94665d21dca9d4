using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.JointMeetings;

/// <summary><c>GET /api/v1/joint-meetings/{id}</c>.</summary>
public sealed class GetJointMeeting(JointMeetingReader reader)
{
    public Task<JointMeetingDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetJointMeeting h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } m ? Results.Ok(m) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetJointMeeting");
}
