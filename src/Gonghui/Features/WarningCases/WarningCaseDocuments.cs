using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WarningCases;

/// <summary>A warning case's documents: the reports sent up, the mediation agreement, evidence.</summary>
public sealed class WarningCaseDocuments(GonghuiDbContext db, WarningCaseReader cases) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("warning-case", "warning-cases", "WarningCase", ["report", "mediation-agreement", "other"]);

    public DocumentOwnerInfo Info => Owner;

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var c = await cases.FindWritableAsync(id, ct);
        return c.IsOk ? c.Value!.UnionId : c.Failed<long>();
    }

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<WarningCase>().AnyAsync(c => c.Id == id, ct);
}
