using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// What a database knows of the keys kept outside it: a keyed digest of a fixed label, never the key. Every verb compares
/// the key it found with it before it reads or writes anything sealed.
/// </summary>
[Data.DistrictWide("the database's record of its keys: read by the key check only")]
public sealed class KeyFingerprint
{
    public const string PersonalData = "personal-data";

    public const string Audit = "audit";

    /// <summary><see cref="PersonalData"/> or <see cref="Audit"/>.</summary>
    public string Purpose { get; set; } = "";

    public string Fingerprint { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    /// <summary>HMAC-SHA256 of a fixed label under the key, its first 16 bytes in groups of four hex digits: tells keys apart, gives none away.</summary>
    public static string Of(byte[] key, string purpose)
    {
        var digest = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"gonghui {purpose} key fingerprint v1"));
        return string.Join('-', Convert.ToHexStringLower(digest.AsSpan(0, 16)).Chunk(4).Select(c => new string(c)));
    }
}

internal sealed class KeyFingerprintConfiguration : IEntityTypeConfiguration<KeyFingerprint>
{
    public void Configure(EntityTypeBuilder<KeyFingerprint> b)
    {
        b.ToTable("key_fingerprints");
        b.HasKey(k => k.Purpose);
        b.Property(k => k.Purpose).HasMaxLength(32);
        b.Property(k => k.Fingerprint).HasMaxLength(64);
    }
}
