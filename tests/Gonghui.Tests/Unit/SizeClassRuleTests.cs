using Gonghui.Features.Enterprises;
using Gonghui.Features.Enterprises.Rules;

namespace Gonghui.Tests.Unit;

public sealed class SizeClassRuleTests
{
    [Theory]
    // Industry (B–D): large 1,000 people and 40,000 (10k yuan); medium 300 and 2,000; small 20 and 300.
    [InlineData("C", null, 1000, "40000", SizeClass.Large)]
    [InlineData("C", null, 999, "40000", SizeClass.Medium)] // one limit short is the class below
    [InlineData("C", null, 1000, "39999.99", SizeClass.Medium)]
    [InlineData("C", null, 300, "2000", SizeClass.Medium)]
    [InlineData("C", null, 299, "2000", SizeClass.Small)]
    [InlineData("C", null, 20, "300", SizeClass.Small)]
    [InlineData("C", null, 19, "300000", SizeClass.Micro)]
    [InlineData("C", null, 5000, "299", SizeClass.Micro)]
    // Software and information services (I 65): small from 10 people and 50.
    [InlineData("I", "65", 10, "50", SizeClass.Small)]
    [InlineData("I", "65", 9, "50", SizeClass.Micro)]
    [InlineData("I", "65", 300, "10000", SizeClass.Large)]
    // Retail (F 52), catering (H), warehousing (G 59).
    [InlineData("F", "52", 50, "500", SizeClass.Medium)]
    [InlineData("F", "52", 49, "500", SizeClass.Small)]
    [InlineData("H", "62", 100, "2000", SizeClass.Medium)]
    [InlineData("G", "59", 200, "30000", SizeClass.Large)]
    // Agriculture: revenue only.
    [InlineData("A", null, null, "500", SizeClass.Medium)]
    [InlineData("A", null, null, "49", SizeClass.Micro)]
    // Other industries (e.g. education, P): employees only.
    [InlineData("P", null, 300, null, SizeClass.Large)]
    [InlineData("P", null, 10, null, SizeClass.Small)]
    [InlineData("P", null, 9, null, SizeClass.Micro)]
    public void Classifies_by_the_2017_table(string section, string? division, int? employees, string? revenue, SizeClass expected) =>
        Assert.Equal(expected, SizeClassRule.Derive(section, division, employees, Money(revenue))!.Size);

    [Theory]
    [InlineData("E", null, 500, "100000")] // construction: measured by assets
    [InlineData("L", null, 500, "100000")] // leasing and business services: assets
    [InlineData("K", "70", 500, "100000")]
    [InlineData("F", null, 500, "100000")] // trade without a division: wholesale or retail is unknown
    [InlineData("C", null, 500, null)] // a figure the table needs is missing
    [InlineData("C", null, null, "100000")]
    public void Leaves_the_size_to_be_entered_where_the_table_cannot_say(string section, string? division, int? employees, string? revenue) =>
        Assert.Null(SizeClassRule.Derive(section, division, employees, Money(revenue)));

    private static decimal? Money(string? value) => value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_verdict_names_its_thresholds()
    {
        var verdict = SizeClassRule.Derive("C", "39", 350, 2500)!;
        Assert.Equal("B-D", verdict.Basis.Group);
        Assert.Equal((300, 2000m), (verdict.Basis.Medium.Employees!.Value, verdict.Basis.Medium.Revenue!.Value));
    }
}
