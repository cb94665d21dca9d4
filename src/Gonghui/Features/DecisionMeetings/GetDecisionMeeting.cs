using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>GET /api/v1/decision-meetings/{id}</c>: the meeting with the research that informed its decisions.</summary>
public sealed class GetDecisionMeeting(DecisionRecords records)
{
    public Task<DecisionMeetingDto?> HandleAsync(long id, CancellationToken ct) => records.ReadMeetingAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetDecisionMeeting h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } m ? Results.Ok(m) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetDecisionMeeting");
}
