using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.JointMeetings;

/// <summary><c>DELETE /api/v1/joint-meetings/{id}?version=</c>: a meeting entered by mistake, with its participants and resolutions.</summary>
public sealed class DeleteJointMeeting(RecordDocuments documents, JointMeetingReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<bool>> HandleAsync(long id, long? version, CancellationToken ct)
    {
        var found = await reader.FindWritableAsync(id, ct);
        return found.IsOk ? (await documents.DeleteWithDocumentsAsync(JointMeetingDocuments.Owner.Owner, id, found.Value!, version, ct)).ToOutcome(t["Meeting.Referenced"]) : found.Failed<bool>();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/{id:long}", async (long id, long? version, DeleteJointMeeting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteJointMeeting");
}
