namespace Gonghui.Infrastructure.Data;

/// <summary>Personal data: masked in the audit log's before/after snapshots.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

/// <summary>
/// Secrets (hashes, stamps) that never enter the audit log at all; on a class, bookkeeping rows whose changes are no
/// records (sessions touched on every request, an import's job summed up in its one event).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>Compared and sorted by bytes on every engine (PostgreSQL's <c>C</c> collation), so a prefix is an index range.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ByteOrderAttribute : Attribute;

/// <summary>
/// A column sealed with the personal-data key (AES-GCM), and the property holding its keyed hash: what the key check
/// looks for and what <c>gonghui key rotate</c> re-seals, whichever module declares it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SealedAttribute(string hashProperty) : Attribute
{
    public string HashProperty { get; } = hashProperty;
}
