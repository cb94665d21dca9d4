using Gonghui.Features.Officers.Rules;

namespace Gonghui.Tests.Unit;

public sealed class StaffingRuleTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(4999, 3)]
    [InlineData(5000, 4)]
    [InlineData(9999, 4)]
    [InlineData(10000, 5)]
    [InlineData(12000, 5)]
    public void Three_officers_plus_one_for_every_5000_members(int members, int required) =>
        Assert.Equal(required, StaffingRule.Required(members));

    [Theory]
    [InlineData(5000, 3, false, 1)]
    [InlineData(5000, 4, true, 0)]
    [InlineData(4999, 3, true, 0)]
    [InlineData(12000, 6, true, 0)]
    public void Reports_the_shortfall(int members, int officers, bool met, int shortfall)
    {
        var verdict = StaffingRule.Evaluate(members, officers);
        Assert.Equal((met, shortfall), (verdict.Met, verdict.Shortfall));
    }

    [Fact]
    public void Base_and_step_are_settings() => Assert.Equal(4, StaffingRule.Required(4000, baseOfficers: 2, step: 2000));
}
