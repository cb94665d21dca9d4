using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gonghui.Infrastructure.Audit;

/// <summary>The hash that links each audit entry to the one before it.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e)
    {
        // Unit separators keep field boundaries unambiguous.
        var canonical = string.Join('\u001f',
            e.PreviousHash,
            e.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            e.ActorId ?? "",
            e.ActorName,
            e.IpAddress ?? "",
            e.Action,
            e.EntityType,
            e.EntityId ?? "",
            e.UnionId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Before ?? "",
            e.After ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Walks entries in id order; returns the id of the first that does not hold, or null when the chain is whole.</summary>
    public static long? FirstBroken(IEnumerable<AuditEntry> entriesInIdOrder, ref string previousHash)
    {
        foreach (var e in entriesInIdOrder)
        {
            if (e.PreviousHash != previousHash || Compute(e) != e.Hash)
            {
                return e.Id;
            }

            previousHash = e.Hash;
        }

        return null;
    }
}
