using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// Encrypts the Data Protection key ring (which signs sign-in cookies and antiforgery tokens) before the framework stores
/// it in the database: AES-256-GCM under <c>keys/data-protection.key</c> in the data folder, never in the database. A
/// copy of the database alone cannot forge a session.
/// </summary>
public sealed class KeyRingEncryptor(Keys keys) : IXmlEncryptor
{
    internal const string Element = "gonghuiEncryptedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(KeyRing.Key(keys), tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        return new EncryptedXmlInfo(new XElement(Element, Convert.ToBase64String([.. nonce, .. tag, .. cipher])), typeof(KeyRingDecryptor));
    }
}

/// <summary>Opens what <see cref="KeyRingEncryptor"/> sealed; made by the framework with its services.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var data = Convert.FromBase64String(encryptedElement.Value);
        var plain = new byte[data.Length - 28];
        using (var aes = new AesGcm(KeyRing.Key(services.GetRequiredService<Keys>()), 16))
        {
            aes.Decrypt(data.AsSpan(0, 12), data.AsSpan(28), data.AsSpan(12, 16), plain);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}

internal static class KeyRing
{
    /// <summary>The key ring's key, made on first use: losing it only signs everyone out, so no database records it.</summary>
    public static byte[] Key(Keys keys)
    {
        if (keys.DataProtection.TryLoad() is { } key)
        {
            return key;
        }

        try
        {
            return keys.DataProtection.Generate();
        }
        catch (IOException)
        {
            return keys.DataProtection.Load(); // another process made it first
        }
    }
}
