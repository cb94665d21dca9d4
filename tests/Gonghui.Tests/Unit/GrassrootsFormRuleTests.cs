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
        var verdict = GrassrootsFormRule.Evaluate(form, [members]);
        Assert.Equal(met, verdict.Met);
        Assert.Equal(members, verdict.Members);
        Assert.Equal(25, verdict.Threshold);
    }

    [Fact]
    public void The_threshold_is_a_setting() =>
        Assert.False(GrassrootsFormRule.Evaluate(Organiser, [20], threshold: 20).Met);

    [Theory]
    [InlineData(new[] { 24, 24, 24 }, true)]  // 72 members in all, none of the employers with 25
    [InlineData(new[] { 24, 25 }, false)]     // one employer has reached 25: it needs its own committee
    [InlineData(new int[0], true)]
    public void A_joint_union_is_judged_per_employer_not_on_its_total(int[] perEmployer, bool met)
    {
        var verdict = GrassrootsFormRule.Evaluate(Joint, perEmployer);
        Assert.Equal((met, perEmployer.Sum(), perEmployer.DefaultIfEmpty(0).Max()), (verdict.Met, verdict.Members, verdict.LargestEmployer));
    }
}
