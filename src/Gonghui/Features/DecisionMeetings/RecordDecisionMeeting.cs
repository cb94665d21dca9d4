using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>POST /api/v1/decision-meetings</c>: a member congress, committee or chair's office meeting with its attendees, agenda and decisions.</summary>
public sealed class RecordDecisionMeeting(GonghuiDbContext db, DecisionRecords records)
{
    public async Task<Outcome<DecisionMeetingDto>> HandleAsync(DecisionMeetingInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var path = await records.UnionPathAsync(input.UnionId, e, ct);
        var meeting = new DecisionMeeting();
        records.CheckMeeting(input, e, meeting);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (!records.CanWrite(path!))
        {
            return Outcome.Forbidden;
        }

        meeting.UnionId = input.UnionId!.Value;
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return (await records.ReadMeetingAsync(meeting.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (DecisionMeetingInput input, RecordDecisionMeeting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, m => TypedResults.Created($"/api/v1/decision-meetings/{m.Id}", m)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordDecisionMeeting");
}
