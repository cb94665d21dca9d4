using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.JointMeetings;

/// <summary>
/// <c>PUT /api/v1/joint-meetings/{id}/resolutions/{resolutionId}</c>: follows a resolution up — its text, owner, due
/// date, and done with the day it was done — against the meeting's version.
/// </summary>
public sealed class UpdateResolution(JointMeetingReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<JointMeetingDto>> HandleAsync(long id, long resolutionId, ResolutionInput input, CancellationToken ct) =>
        reader.StepAsync(id, input.Version, m =>
        {
            if (m.Resolutions.FirstOrDefault(r => r.Id == resolutionId) is not { } resolution)
            {
                return Outcome.NotFound;
            }

            var e = new ValidationErrors();
            return input.CheckAndApply(m, resolution, e, t) ? null : Outcome.Invalid(e);
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}/resolutions/{resolutionId:long}", async (long id, long resolutionId, ResolutionInput input, UpdateResolution h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, resolutionId, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateResolution");
}
