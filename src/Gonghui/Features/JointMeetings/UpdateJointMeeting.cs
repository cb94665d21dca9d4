using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.JointMeetings;

/// <summary><c>PUT /api/v1/joint-meetings/{id}</c>: corrects the meeting (participants and topics as whole lists) with the version read; its union and resolutions stay.</summary>
public sealed class UpdateJointMeeting(JointMeetingReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<JointMeetingDto>> HandleAsync(long id, JointMeetingInput input, CancellationToken ct) =>
        reader.StepAsync(id, input.Version, m =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return reader.CheckAndApply(input, m, e) && !e.Any ? null : Outcome.Invalid(e);
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, JointMeetingInput input, UpdateJointMeeting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateJointMeeting");
}
