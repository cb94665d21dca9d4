using Gonghui.Features.Training;

namespace Gonghui.Tests.Unit;

/// <summary>Certificate rows pasted from a spreadsheet or a list in the console.</summary>
public sealed class CertificatePasteTests
{
    [Theory]
    [InlineData("王芳\t110105199001011237\tZS001\t2026-05-01")]
    [InlineData("王芳，110105199001011237，ZS001，2026/5/1")]
    [InlineData("王芳 110105199001011237  ZS001 2026.05.01")]
    public void A_line_is_name_id_number_certificate_and_date_whatever_separates_them(string line)
    {
        var row = Assert.Single(CertificatePaste.Parse(line + "\r\n\n"));
        Assert.Equal(new CertificateInput("王芳", "110105199001011237", "ZS001", new DateOnly(2026, 5, 1)), row);
    }

    [Fact]
    public void What_does_not_parse_is_passed_on_empty_for_the_servers_reasons()
    {
        var rows = CertificatePaste.Parse("李强\t110105199001011237\n张伟\t110105199001011237\tZS2\t五月一日");
        Assert.Equal(new CertificateInput("李强", "110105199001011237", null, null), rows[0]);
        Assert.Null(rows[1].IssuedOn);
    }
}
