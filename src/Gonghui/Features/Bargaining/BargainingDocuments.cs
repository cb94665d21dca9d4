using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

public sealed record DocumentDto(long Id, string Label, string FileName, long Size, string Sha256, string UploadedBy, DateTime UploadedAt);

/// <summary>
/// The documents of negotiations and contracts: each step's papers (the written request, the answer, minutes, the draft,
/// the vote record, the signed text, the filing receipt, an objection). Shared by the add, download and remove use cases.
/// </summary>
public sealed class BargainingDocuments(GonghuiDbContext db, NegotiationReader negotiations, ContractReader contracts)
{
    public const string Negotiation = "negotiation";
    public const string Contract = "collective-contract";

    public static readonly IReadOnlyDictionary<string, string[]> Labels = new Dictionary<string, string[]>
    {
        [Negotiation] = ["request", "answer", "round", "draft", "vote", "other"],
        [Contract] = ["text", "signing", "filing", "objection", "other"],
    };

    /// <summary>The owner's union when the actor may write it; 404 or 403 otherwise.</summary>
    public async Task<Outcome<long>> WritableUnionAsync(string owner, long id, CancellationToken ct)
    {
        if (owner == Negotiation)
        {
            var n = await negotiations.FindWritableAsync(id, ct);
            return n.IsOk ? n.Value!.UnionId : n.Failed<long>();
        }

        var c = await contracts.FindWritableAsync(id, withContent: false, ct);
        return c.IsOk ? c.Value!.UnionId : c.Failed<long>();
    }

    /// <summary>Whether the actor may read the owner (outside the scope it does not exist, as for the record itself).</summary>
    public Task<bool> ReadableAsync(string owner, long id, CancellationToken ct) =>
        owner == Negotiation ? db.Set<Negotiation>().AnyAsync(n => n.Id == id, ct) : db.Set<CollectiveContract>().AnyAsync(c => c.Id == id, ct);

    /// <summary>The owner's collection in the API (<c>negotiations</c>, <c>collective-contracts</c>).</summary>
    internal static string PathOf(string owner) => owner == Negotiation ? "negotiations" : "collective-contracts";

    internal static DocumentDto ToDto(Attachment a) => new(a.Id, a.Label, a.FileName, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt);

    /// <summary>Maps a use case's endpoint under both owners' paths.</summary>
    internal static void MapForBoth(RouteGroupBuilder api, Action<RouteGroupBuilder, string> map)
    {
        foreach (var owner in new[] { Negotiation, Contract })
        {
            map(api.MapGroup($"/{PathOf(owner)}/{{id:long}}/documents").WithTags("Bargaining"), owner);
        }
    }
}
