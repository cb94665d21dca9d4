using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Congresses;

/// <summary>A session's documents: the minutes, the reports put to it, the resolutions, the election's tally sheets.</summary>
public sealed class SessionDocuments(GonghuiDbContext db, CongressReader reader) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("congress-session", "congress-sessions", "CongressSession", ["minutes", "report", "vote", "tally", "other"]);

    public DocumentOwnerInfo Info => Owner;

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var s = await reader.FindWritableSessionAsync(id, ct);
        return s.IsOk ? s.Value!.UnionId : s.Failed<long>();
    }

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<CongressSession>().AnyAsync(s => s.Id == id, ct);
}
