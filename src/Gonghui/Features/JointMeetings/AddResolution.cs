using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.JointMeetings;

/// <summary><c>POST /api/v1/joint-meetings/{id}/resolutions</c>: a measure the meeting resolved, with its owner and due date.</summary>
public sealed class AddResolution(JointMeetingReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<JointMeetingDto>> HandleAsync(long id, ResolutionInput input, CancellationToken ct) =>
        reader.StepAsync(id, input.Version, m =>
        {
            var e = new ValidationErrors();
            var resolution = new JointMeetingResolution();
            if (!input.CheckAndApply(m, resolution, e, t))
            {
                return Outcome.Invalid(e);
            }

            m.Resolutions.Add(resolution);
            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/resolutions", async (long id, ResolutionInput input, AddResolution h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, m => TypedResults.Created($"/api/v1/joint-meetings/{m.Id}", m)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("AddResolution");
}
