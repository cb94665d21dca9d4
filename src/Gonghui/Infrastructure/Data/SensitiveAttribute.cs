namespace Gonghui.Infrastructure.Data;

/// <summary>Personal data: masked in the audit log's before/after snapshots.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

/// <summary>Secrets (hashes, stamps) that never enter the audit log at all.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
