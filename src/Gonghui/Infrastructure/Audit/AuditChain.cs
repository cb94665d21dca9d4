using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gonghui.Infrastructure.Audit;

/// <summary>
/// The link that chains each audit entry to the one before it: an HMAC-SHA256 under the audit key, which is kept outside
/// the database (<c>keys/audit.key</c>). Whoever can write the database but has not the key can neither recompute the
/// chain after an edit nor append an entry that holds; a removed tail is found against the anchors (<see cref="AuditAnchors"/>).
/// </summary>
public sealed class AuditChain(Func<byte[]> key)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // Not caching a failure: a verb may make the key after a first look found none.
    private readonly Lazy<byte[]> secret = new(key, LazyThreadSafetyMode.PublicationOnly);

    public string Compute(AuditEntry e) => Sign(Canonical(e));

    /// <summary>The keyed digest of any text (an anchor's line).</summary>
    public string Sign(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(secret.Value, Encoding.UTF8.GetBytes(text)));

    /// <summary>The link of a chain made before the audit key existed (plain SHA-256): read once, by the upgrade that keys it.</summary>
    public static string ComputeUnkeyed(AuditEntry e) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(e))));

    /// <summary>Walks entries in id order; returns the id of the first that does not hold, or null when the chain is whole.</summary>
    public long? FirstBroken(IEnumerable<AuditEntry> entriesInIdOrder, ref string previousHash) => FirstBroken(entriesInIdOrder, ref previousHash, Compute);

    public static long? FirstBroken(IEnumerable<AuditEntry> entriesInIdOrder, ref string previousHash, Func<AuditEntry, string> compute)
    {
        foreach (var e in entriesInIdOrder)
        {
            if (e.PreviousHash != previousHash || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(compute(e)), Encoding.ASCII.GetBytes(e.Hash)))
            {
                return e.Id;
            }

            previousHash = e.Hash;
        }

        return null;
    }

    // Unit separators keep field boundaries unambiguous.
    private static string Canonical(AuditEntry e) => string.Join('\u001f',
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
}
