using Gonghui.Infrastructure.Security;

namespace Gonghui.Tests.Unit;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("110105199001011234", "**************1234")]
    [InlineData("11010519900101123X", "**************123X")]
    [InlineData("110105900101123", "***********1123")]
    [InlineData("1234", "****")]
    public void Id_numbers_keep_the_last_four_only(string id, string masked) => Assert.Equal(masked, Masking.MaskIdNumber(id));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("123", "***")]
    public void Phones_keep_prefix_and_last_four(string phone, string masked) => Assert.Equal(masked, Masking.MaskPhone(phone));

    [Theory]
    [InlineData("zhang@example.cn", "z**************n")]
    [InlineData("张伟", "**")]
    [InlineData("", "")]
    public void Other_personal_text_keeps_its_ends(string value, string masked) => Assert.Equal(masked, Masking.MaskGeneric(value));
}
