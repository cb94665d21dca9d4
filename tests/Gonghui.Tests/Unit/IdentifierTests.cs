using Gonghui.Features.Enterprises;
using Gonghui.Features.Members;

namespace Gonghui.Tests.Unit;

/// <summary>The identifiers of <c>rules.md</c>, at their edges.</summary>
public sealed class IdentifierTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")] // lower-case x
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X")] // full-width
    [InlineData(" 110105 19491231 002X ", "11010519491231002X")] // spaces
    public void Valid_numbers_are_normalised(string raw, string expected)
    {
        var check = IdNumber.Check(raw, Today);
        Assert.True(check.IsValid, check.Problem.ToString());
        Assert.Equal(expected, check.Value);
    }

    [Theory]
    [InlineData("110105194912310021", IdNumberProblem.BadCheckCharacter)]
    [InlineData("1.10105E+17", IdNumberProblem.ScientificNotation)]
    [InlineData("1.10105194912310E+17", IdNumberProblem.ScientificNotation)]
    [InlineData("11010519491231002", IdNumberProblem.WrongLength)]
    [InlineData("1101051949123100211", IdNumberProblem.WrongLength)]
    [InlineData("11010519491331002X", IdNumberProblem.BadBirthDate)] // month 13
    [InlineData("11010520261126002X", IdNumberProblem.BadBirthDate)] // tomorrow
    [InlineData("A1010519491231002X", IdNumberProblem.NotDigits)]
    [InlineData("440524188001010014", IdNumberProblem.BadBirthDate)] // check character right, but born before 1900
    [InlineData("", IdNumberProblem.Missing)]
    public void Bad_numbers_say_what_is_wrong(string raw, IdNumberProblem problem) =>
        Assert.Equal(problem, IdNumber.Check(raw, Today).Problem);

    [Fact]
    public void Birth_date_and_gender_come_from_the_number()
    {
        var check = IdNumber.Check("11010519491231002X", Today);
        Assert.Equal(new DateOnly(1949, 12, 31), check.BirthDate);
        Assert.Equal(Gender.Female, check.Gender); // 17th digit 2: even
    }

    [Fact]
    public void Old_fifteen_digit_numbers_are_upgraded()
    {
        var check = IdNumber.Check("110105491231002", Today);
        Assert.True(check.IsValid);
        Assert.Equal("11010519491231002X", check.Value);
    }

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91350100m000100y43", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91350100M000100Y4", false)]
    [InlineData("91350100M000100I43", false)] // I is not in the alphabet
    public void Credit_codes_carry_their_check_character(string raw, bool valid) =>
        Assert.Equal(valid, CreditCode.Check(raw).Problem is null);

    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("１３８１２３４５６７８", "13812345678")]
    [InlineData("12812345678", null)] // second digit 2
    [InlineData("1381234567", null)]
    [InlineData("010-65001234", null)] // a landline
    public void Mobile_numbers_are_tidied_or_refused(string raw, string? expected) =>
        Assert.Equal(expected, MobileNumber.Clean(raw));
}
