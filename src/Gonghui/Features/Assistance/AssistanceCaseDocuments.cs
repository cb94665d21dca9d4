using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assistance;

/// <summary>
/// A case's evidence (the application, proof of income, medical records, payment receipts): sensitive like the details
/// it proves, so added, listed and downloaded only by the roles that handle cases, each download audited, and kept under
/// neutral names (a file called after the illness would tell it in every audit entry).
/// </summary>
public sealed class AssistanceCaseDocuments(GonghuiDbContext db, AssistanceCases cases) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("assistance-case", "assistance-cases", "AssistanceCase", ["application", "income-proof", "medical", "receipt", "other"],
        NeutralNames: true);

    public DocumentOwnerInfo Info => Owner;

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var found = await cases.FindAsync(id, ct);
        return !found.IsOk ? found.Failed<long>() : cases.MayReveal ? found.Value!.UnionId : Outcome.Forbidden;
    }

    public async Task<bool> ReadableAsync(long id, CancellationToken ct) => cases.MayReveal && await db.Set<HardshipAssistance>().AnyAsync(c => c.Id == id, ct);
}
