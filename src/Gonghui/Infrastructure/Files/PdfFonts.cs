using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace Gonghui.Infrastructure.Files;

/// <summary>
/// The one font printed documents use: a CJK TrueType font from the machine (Debian's <c>fonts-wqy-microhei</c> by
/// default, <c>Pdf:FontFile</c> to name another). PDFsharp embeds only TrueType outlines (Noto CJK's CFF outlines it
/// cannot), and reads no font collections, so the first face of a <c>.ttc</c> is cut out as a font of its own.
/// </summary>
public sealed class PdfFonts(IConfiguration configuration)
{
    public const string DefaultFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>The Debian package that provides <see cref="DefaultFile"/>, named when it is missing.</summary>
    public const string DefaultPackage = "fonts-wqy-microhei";

    internal const string Family = "gonghui-cjk";

    private static readonly Lock Gate = new();

    public string File => configuration["Pdf:FontFile"] is { Length: > 0 } file ? file : DefaultFile;

    public bool Available => System.IO.File.Exists(File);

    /// <summary>Starts a document; call only when <see cref="Available"/>.</summary>
    public PdfPages Begin(string title)
    {
        // PDFsharp's resolver is one for the process; the first font file configured is the one every document uses.
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new Resolver(File);
        }

        return new PdfPages(title);
    }

    private sealed class Resolver(string file) : IFontResolver
    {
        private readonly Lazy<byte[]> font = new(() => FirstFace(System.IO.File.ReadAllBytes(file)));

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, bold, italic);

        public byte[] GetFont(string faceName) => font.Value;
    }

    /// <summary>
    /// A TrueType collection's first face as a plain font file: its table directory with the tables it names, laid
    /// one after another (4-byte aligned) and their offsets rewritten. A plain font is returned as it is.
    /// </summary>
    internal static byte[] FirstFace(byte[] file)
    {
        const uint collectionTag = 0x74746366; // "ttcf"
        if (file.Length < 16 || BinaryPrimitives.ReadUInt32BigEndian(file) != collectionTag)
        {
            return file;
        }

        var directory = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        var count = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(directory + 4));
        var header = 12 + (16 * count);
        var tables = Enumerable.Range(0, count).Select(i => directory + 12 + (16 * i))
            .Select(record => (Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 8)), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 12))))
            .ToList();
        var face = new byte[header + tables.Sum(t => Aligned(t.Length))];
        file.AsSpan(directory, header).CopyTo(face);
        var at = header;
        for (var i = 0; i < count; i++)
        {
            file.AsSpan(tables[i].Offset, tables[i].Length).CopyTo(face.AsSpan(at));
            BinaryPrimitives.WriteUInt32BigEndian(face.AsSpan(12 + (16 * i) + 8), (uint)at);
            at += Aligned(tables[i].Length);
        }

        return face;
    }

    private static int Aligned(int length) => (length + 3) & ~3;
}
