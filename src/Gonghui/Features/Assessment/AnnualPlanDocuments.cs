using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment;

/// <summary>An annual plan's documents: the evidence of its manual items, the self-assessment report, anything else.</summary>
public sealed class AnnualPlanDocuments(GonghuiDbContext db, AnnualPlanRecords plans) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("annual-plan", "annual-plans", "AnnualPlan", ["evidence", "self-assessment", "other"]);

    public DocumentOwnerInfo Info => Owner;

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var found = await plans.FindWritableAsync(id, ct);
        return found.IsOk ? found.Value.Plan.UnionId : found.Failed<long>();
    }

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<AnnualPlan>().AnyAsync(p => p.Id == id, ct);
}
