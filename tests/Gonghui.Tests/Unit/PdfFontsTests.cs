using System.Buffers.Binary;
using Gonghui.Infrastructure.Files;

namespace Gonghui.Tests.Unit;

/// <summary>PDFsharp reads no font collections: the first face of a <c>.ttc</c> is cut out as a font of its own.</summary>
public sealed class PdfFontsTests
{
    [Fact]
    public void A_plain_font_is_used_as_it_is()
    {
        byte[] font = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9];
        Assert.Same(font, PdfFonts.FirstFace(font));
    }

    [Fact]
    public void The_first_face_of_a_collection_keeps_its_tables_with_their_offsets_rewritten()
    {
        // A collection of two faces sharing table "glyf"; face 0 has "cmap" (3 bytes) and "glyf" (5 bytes).
        var file = new byte[200];
        "ttcf"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(8), 2);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(12), 40); // face 0's directory
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(16), 100); // face 1's, not read
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(40), 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(44), 2);
        Table(file, 52, "cmap", 150, [1, 2, 3]);
        Table(file, 68, "glyf", 170, [4, 5, 6, 7, 8]);

        var face = PdfFonts.FirstFace(file);

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(face));
        Assert.Equal(2, BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4)));
        Assert.Equal(12 + 32 + 4 + 8, face.Length); // header, two records, the tables padded to 4 bytes
        Assert.Equal([1, 2, 3], Read(face, 12, "cmap"));
        Assert.Equal([4, 5, 6, 7, 8], Read(face, 28, "glyf"));
        Assert.Equal(44u, BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(12 + 8)));
        Assert.Equal(48u, BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(28 + 8)));
    }

    private static void Table(byte[] file, int record, string tag, int offset, byte[] data)
    {
        System.Text.Encoding.ASCII.GetBytes(tag).CopyTo(file, record);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 8), (uint)offset);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 12), (uint)data.Length);
        data.CopyTo(file, offset);
    }

    private static byte[] Read(byte[] face, int record, string tag)
    {
        Assert.Equal(tag, System.Text.Encoding.ASCII.GetString(face, record, 4));
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(record + 8));
        return face.AsSpan(offset, (int)BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(record + 12))).ToArray();
    }
}
