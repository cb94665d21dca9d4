using System.Text;
using Gonghui.Infrastructure.Files;

namespace Gonghui.Tests.Unit;

public sealed class ImportTextTests
{
    [Theory]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2024/3/1", "2024-03-01")]
    [InlineData("2024.3.1", "2024-03-01")]
    [InlineData("2024年3月1日", "2024-03-01")]
    [InlineData("２０２４年３月１日", "2024-03-01")]
    [InlineData("20240301", "2024-03-01")]
    [InlineData("45352", "2024-03-01")] // Excel's serial number
    [InlineData("2024-03-01 08:30:00", "2024-03-01")]
    [InlineData("", null)]
    public void Reads_dates_as_people_and_excel_write_them(string raw, string? expected)
    {
        Assert.True(ImportText.TryParseDate(raw, out var date));
        Assert.Equal(expected, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2023-13-45")]
    [InlineData("2023-02-29")]
    [InlineData("明年")]
    public void Refuses_what_is_not_a_date(string raw) => Assert.False(ImportText.TryParseDate(raw, out _));

    [Fact]
    public void Maps_header_variants_to_fields()
    {
        var map = ImportText.MapColumns(["序号", "姓 名", "公民身份号码（必填）", "*手机号码"], new Dictionary<string, string[]>
        {
            ["name"] = ["姓名"], ["idNumber"] = ["身份证号", "公民身份号码"], ["phone"] = ["手机", "手机号码"], ["card"] = ["京卡号"],
        });
        Assert.Equal(new Dictionary<string, int> { ["name"] = 1, ["idNumber"] = 2, ["phone"] = 3 }, map);
    }

    [Fact]
    public void Detects_utf8_with_and_without_bom_and_gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "姓名,身份证号\r\n张三,110105199001011234\r\n";
        foreach (var (bytes, utf8) in new[]
        {
            (Encoding.UTF8.GetBytes(text), true),
            ([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], true),
            (Encoding.GetEncoding("GBK").GetBytes(text), false),
        })
        {
            var path = Path.GetTempFileName();
            File.WriteAllBytes(path, bytes);
            Assert.Equal(utf8, TabularFile.DetectEncoding(path) is UTF8Encoding);
            using var file = TabularFile.Open(path);
            Assert.Equal("张三", file.Rows.Single()[0]);
            File.Delete(path);
        }
    }
}
