using Gonghui.Infrastructure.Files;

namespace Gonghui.Tests.Unit;

public sealed class UploadCheckTests
{
    [Theory]
    [InlineData(".pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, true)]
    [InlineData(".PDF", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, true)]
    [InlineData(".pdf", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1 }, false)] // ELF
    [InlineData(".pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 }, false)] // one byte short of the signature
    [InlineData(".xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, true)]
    [InlineData(".docx", new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, false)] // a Windows program
    [InlineData(".xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, true)]
    [InlineData(".doc", new byte[] { 0x50, 0x4B, 0x03, 0x04 }, false)]
    [InlineData(".jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, true)]
    [InlineData(".jpeg", new byte[] { 0x89, 0x50, 0x4E, 0x47 }, false)]
    [InlineData(".png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, true)]
    [InlineData(".txt", new byte[] { 0xE4, 0xBD, 0xA0, 0x0A }, true)]
    [InlineData(".txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00 }, false)]
    [InlineData(".exe", new byte[] { 0x4D, 0x5A }, false)]
    [InlineData(".pdf", new byte[0], false)]
    public void A_file_is_what_its_bytes_say(string extension, byte[] head, bool matches) =>
        Assert.Equal(matches, FileSignatures.Matches(extension, head));

    [Theory]
    [InlineData("合同.pdf", "合同.pdf")]
    [InlineData("..\\..\\windows\\合同.pdf", "合同.pdf")]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("a\tb\u0000c\u001b.pdf", "abc.pdf")]
    [InlineData("what?<>|*\".pdf", "what.pdf")]
    [InlineData("  ..name.pdf.. ", "name.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("com1.txt", "_com1.txt")]
    [InlineData("console.pdf", "console.pdf")]
    [InlineData("..", null)]
    [InlineData("dir/", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_name_keeps_its_last_part_without_what_would_harm(string? uploaded, string? kept) =>
        Assert.Equal(kept, FileNames.Display(uploaded));

    [Fact]
    public void A_name_longer_than_the_limit_is_refused() =>
        Assert.Equal((FileNames.MaxLength, (string?)null), (FileNames.Display(new string('名', FileNames.MaxLength - 4) + ".pdf")!.Length, FileNames.Display(new string('名', FileNames.MaxLength) + ".pdf")));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/members?q=1", "/members?q=1")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("/a\\b", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Only_a_path_of_this_site_is_a_place_to_return_to(string? url, string expected) =>
        Assert.Equal(expected, Gonghui.Features.Accounts.AccountEndpoints.LocalOnly(url));

    [Fact]
    public void An_xlsx_that_would_expand_out_of_bounds_is_refused_in_a_moment()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gonghui-bomb-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
            {
                using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.Optimal).Open();
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 64; i++)
                {
                    sheet.Write(zeros);
                }
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var refused = Assert.Throws<TabularFileException>(() => TabularFile.Open(path));
            Assert.Equal("TooCompressed", refused.Code);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
