using System.Security.Cryptography;
using System.Text;
using Gonghui.Infrastructure.Data;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// One key kept outside the database: given in configuration (<c>{Section}:Key</c>, base64), or in a file
/// (<c>{Section}:KeyFile</c>, default <c>keys/{name}.key</c> in the data folder), owner-only. Loading never creates it:
/// only the key check does, for a database that has nothing sealed with another.
/// </summary>
public sealed class KeyFile(IConfiguration configuration, DataFolder folder, string section, string name, int length)
{
    public int Length { get; } = length;

    private string? Configured => configuration[$"{section}:Key"] is { Length: > 0 } k ? k : null;

    public string FilePath => configuration[$"{section}:KeyFile"] is { Length: > 0 } f ? Path.GetFullPath(f) : Path.Combine(folder.Keys, name + ".key");

    /// <summary>Where the key is looked for, as an operator would name it.</summary>
    public string Source => Configured is not null ? $"{section}:Key" : FilePath;

    public byte[]? TryLoad()
    {
        var text = Configured ?? (File.Exists(FilePath) ? File.ReadAllText(FilePath) : null);
        return text is null ? null : Parse(text, Source, Length);
    }

    /// <summary>A key file's contents (base64 of <paramref name="length"/> bytes), or a one-line refusal naming where it came from.</summary>
    public static byte[] Parse(string text, string source, int length)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new KeyCheckException($"the key at {source} is not base64");
        }

        return key.Length == length ? key : throw new KeyCheckException($"the key at {source} is {key.Length} bytes, not {length}");
    }

    public byte[] Load() => TryLoad() ?? throw new KeyCheckException($"no key at {Source}");

    /// <summary>Writes a new random key to the file; fails if one is there already.</summary>
    public byte[] Generate()
    {
        var key = RandomNumberGenerator.GetBytes(Length);
        Write(FilePath, key);
        return key;
    }

    /// <summary>Writes a key file, owner-only, never over an existing one.</summary>
    public static void Write(string path, byte[] key)
    {
        DataFolder.CreatePrivate(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, DataFolder.OwnerOnlyFile);
        }

        stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
    }
}

/// <summary>A key missing, wrong or unreadable: the verb stops before it writes anything, with this one line.</summary>
public sealed class KeyCheckException(string message) : Exception(message);

/// <summary>The keys of this database: personal data, the audit chain, the Data Protection key ring.</summary>
public sealed class Keys(IConfiguration configuration, DataFolder folder)
{
    public KeyFile PersonalData { get; } = new(configuration, folder, "PersonalData", "personal-data", PersonalDataProtector.KeyLength);

    public KeyFile Audit { get; } = new(configuration, folder, "Audit", "audit", 32);

    public KeyFile DataProtection { get; } = new(configuration, folder, "DataProtection", "data-protection", 32);
}
