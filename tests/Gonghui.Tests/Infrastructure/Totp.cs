using System.Security.Cryptography;

namespace Gonghui.Tests.Infrastructure;

/// <summary>An authenticator app, as the tests need one: RFC 6238 codes (HMAC-SHA1, 30 seconds, six digits) from the base32 key shown at enrolment.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset? at = null)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        // RFC 6238 as authenticator apps implement it: HMAC-SHA1 is the algorithm they all use.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.Where(c => c is not (' ' or '=')).Select(c => Convert.ToString(alphabet.IndexOf(char.ToUpperInvariant(c)), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }
}
