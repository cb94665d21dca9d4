using Gonghui.Infrastructure.Security;

namespace Gonghui.Tests.Unit;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("110105199001011234", "110105********1234")]
    [InlineData("11010519900101123X", "110105********123X")]
    [InlineData("1234", "****")]
    public void Id_numbers_keep_region_and_last_four(string id, string masked) => Assert.Equal(masked, Masking.MaskIdNumber(id));

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
