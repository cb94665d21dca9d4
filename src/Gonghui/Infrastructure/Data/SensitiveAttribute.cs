namespace Gonghui.Infrastructure.Data;

/// <summary>Personal data: masked in the audit log's before/after snapshots.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

/// <summary>Secrets (hashes, stamps) that never enter the audit log at all.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>
/// A column sealed with the personal-data key (AES-GCM), and the property holding its keyed hash: what the key check
/// looks for and what <c>gonghui key rotate</c> re-seals, whichever module declares it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SealedAttribute(string hashProperty) : Attribute
{
    public string HashProperty { get; } = hashProperty;
}
