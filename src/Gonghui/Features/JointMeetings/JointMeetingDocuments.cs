using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.JointMeetings;

/// <summary>A joint meeting's documents: the signed minutes, the measures issued, anything else.</summary>
public sealed class JointMeetingDocuments(GonghuiDbContext db, JointMeetingReader meetings) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("joint-meeting", "joint-meetings", "JointMeeting", ["minutes", "measures", "other"]);

    public DocumentOwnerInfo Info => Owner;

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var m = await meetings.FindWritableAsync(id, ct);
        return m.IsOk ? m.Value!.UnionId : m.Failed<long>();
    }

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<JointMeeting>().AnyAsync(m => m.Id == id, ct);
}
