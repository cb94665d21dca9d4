namespace Gonghui.Infrastructure.Files;

/// <summary>
/// Whether a file's first bytes are what its name says it is: a name is what the uploader typed, the bytes are what a
/// colleague's viewer will open. PDF, OOXML (a ZIP package), OLE (Word and Excel 97–2003), JPEG and PNG by their
/// signatures; plain text by having no NUL byte in its head.
/// </summary>
public static class FileSignatures
{
    /// <summary>How many first bytes <see cref="Matches"/> looks at.</summary>
    public const int HeadLength = 8192;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Matches(string extension, ReadOnlySpan<byte> head) => extension.ToLowerInvariant() switch
    {
        ".pdf" => head.StartsWith(Pdf),
        ".docx" or ".xlsx" => head.StartsWith(Zip),
        ".doc" or ".xls" => head.StartsWith(Ole),
        ".jpg" or ".jpeg" => head.StartsWith(Jpeg),
        ".png" => head.StartsWith(Png),
        ".txt" => !head.Contains((byte)0),
        _ => false,
    };
}
