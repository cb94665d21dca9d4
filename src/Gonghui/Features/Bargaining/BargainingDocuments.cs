using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

/// <summary>A negotiation's documents: each step's papers (the written request, the answer, minutes, the draft, the vote record).</summary>
public sealed class NegotiationDocuments(GonghuiDbContext db, NegotiationReader negotiations) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("negotiation", "negotiations", "Negotiation", ["request", "answer", "round", "draft", "vote", "other"]);

    public DocumentOwnerInfo Info => Owner;

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var n = await negotiations.FindWritableAsync(id, ct);
        return n.IsOk ? n.Value!.UnionId : n.Failed<long>();
    }

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<Negotiation>().AnyAsync(n => n.Id == id, ct);
}

/// <summary>A contract's documents: its full text, the signed copy, the filing receipt, an objection.</summary>
public sealed class ContractDocuments(GonghuiDbContext db, ContractReader contracts) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("collective-contract", "collective-contracts", "Contract", ["text", "signing", "filing", "objection", "other"]);

    public DocumentOwnerInfo Info => Owner;

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var c = await contracts.FindWritableAsync(id, withContent: false, ct);
        return c.IsOk ? c.Value!.UnionId : c.Failed<long>();
    }

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<CollectiveContract>().AnyAsync(c => c.Id == id, ct);
}
