using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.JointMeetings;

/// <summary><c>DELETE /api/v1/joint-meetings/{id}/resolutions/{resolutionId}?version=</c>: a resolution entered by mistake.</summary>
public sealed class RemoveResolution(JointMeetingReader reader)
{
    public Task<Outcome<JointMeetingDto>> HandleAsync(long id, long resolutionId, long? version, CancellationToken ct) =>
        reader.StepAsync(id, version, m =>
        {
            if (m.Resolutions.FirstOrDefault(r => r.Id == resolutionId) is not { } resolution)
            {
                return Outcome.NotFound;
            }

            m.Resolutions.Remove(resolution);
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}/resolutions/{resolutionId:long}", async (long id, long resolutionId, long? version, RemoveResolution h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, resolutionId, version, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RemoveResolution");
}
