using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.JointMeetings;

/// <summary><c>POST /api/v1/joint-meetings</c>: a meeting the union held or took part in, with its participants, topics and minutes.</summary>
public sealed class RecordJointMeeting(GonghuiDbContext db, CurrentActor actor, JointMeetingReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<JointMeetingDto>> HandleAsync(JointMeetingInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(input.UnionId, e, t, ct);

        var meeting = new JointMeeting();
        if (!reader.CheckAndApply(input, meeting, e) || union is null)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union.Path))
        {
            return Outcome.Forbidden;
        }

        meeting.UnionId = input.UnionId!.Value;
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(meeting.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (JointMeetingInput input, RecordJointMeeting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, m => TypedResults.Created($"/api/v1/joint-meetings/{m.Id}", m)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordJointMeeting");
}
