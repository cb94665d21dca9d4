using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.InfoReports;

/// <summary>An information report's attachments, kept by the sending union.</summary>
public sealed class InfoReportDocuments(GonghuiDbContext db, CurrentActor actor) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("info-report", "info-reports", "InfoReport", ["attachment"]);

    public DocumentOwnerInfo Info => Owner;

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<InfoReport>().IgnoreQueryFilters().Where(r => r.Id == id).Select(r => new { r.UnionId, r.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.UnionId : Outcome.Forbidden;
    }

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<InfoReport>().AnyAsync(r => r.Id == id, ct);
}
