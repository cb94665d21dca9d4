using System.Security.Cryptography;
using System.Text;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// Encrypts personal data at rest (ID numbers, phones) with AES-256-GCM, and gives each value a keyed hash
/// (HMAC-SHA256) so an exact search never needs the plain text in the database. One 64-byte key: the first half
/// encrypts, the second half hashes.
/// </summary>
public sealed class PersonalDataProtector
{
    public const int KeyLength = 64;
    private const byte FormatVersion = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly byte[] encryptionKey;
    private readonly byte[] hashKey;

    // AesGcm and HMAC hold native state that is costly to set up and not thread-safe: one of each per thread (an import
    // seals two values for each of a million rows).
    private readonly ThreadLocal<AesGcm> aes;
    private readonly ThreadLocal<IncrementalHash> hmac;

    public PersonalDataProtector(byte[] key)
    {
        if (key.Length != KeyLength)
        {
            throw new ArgumentException($"the personal-data key must be {KeyLength} bytes", nameof(key));
        }

        encryptionKey = key[..32];
        hashKey = key[32..];
        aes = new ThreadLocal<AesGcm>(() => new AesGcm(encryptionKey, TagLength));
        hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, hashKey));
    }

    public string Encrypt(string plain)
    {
        var data = Encoding.UTF8.GetBytes(plain);
        var output = new byte[1 + NonceLength + TagLength + data.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        aes.Value!.Encrypt(nonce, data, output.AsSpan(1 + NonceLength + TagLength), output.AsSpan(1 + NonceLength, TagLength));
        return Convert.ToBase64String(output);
    }

    /// <exception cref="CryptographicException">The value was altered or encrypted with another key.</exception>
    public string Decrypt(string sealedValue)
    {
        var input = Convert.FromBase64String(sealedValue);
        if (input.Length < 1 + NonceLength + TagLength || input[0] != FormatVersion)
        {
            throw new CryptographicException("not a Gonghui personal-data value");
        }

        var plain = new byte[input.Length - 1 - NonceLength - TagLength];
        aes.Value!.Decrypt(input.AsSpan(1, NonceLength), input.AsSpan(1 + NonceLength + TagLength), input.AsSpan(1 + NonceLength, TagLength), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The keyed hash of a normalised value, for exact look-up; without the key it cannot be recomputed from guesses.</summary>
    public string Hash(string normalised)
    {
        var h = hmac.Value!;
        h.AppendData(Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexStringLower(h.GetHashAndReset());
    }
}
