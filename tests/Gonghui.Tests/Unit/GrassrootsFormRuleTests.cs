using Gonghui.Features.Organisation.Rules;
using static Gonghui.Features.Organisation.Rules.GrassrootsForm;

namespace Gonghui.Tests.Unit;

public sealed class GrassrootsFormRuleTests
{
    [Theory]
    [InlineData(Organiser, 24, true)]
    [InlineData(Joint, 24, true)]
    [InlineData(Committee, 24, true)] // allowed below the threshold too
    [InlineData(Organiser, 25, false)]
    [InlineData(Joint, 25, false)]
    [InlineData(Committee, 25, true)]
    [InlineData(Committee, 0, true)]
    public void Twenty_five_members_need_a_committee(GrassrootsForm form, int members, bool met)
    {
        var verdict = GrassrootsFormRule.Evaluate(form, members);
        Assert.Equal(met, verdict.Met);
        Assert.Equal(members, verdict.Members);
        Assert.Equal(25, verdict.Threshold);
    }

    [Fact]
    public void The_threshold_is_a_setting() =>
        Assert.False(GrassrootsFormRule.Evaluate(Organiser, 20, threshold: 20).Met);
}
