using Gonghui.Features.Assistance;
using Gonghui.Features.Assistance.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>Hardship assistance (issue 18): the chain's steps, the hardship line and the caps at their boundaries.</summary>
public sealed class AssistanceRulesTests
{
    [Theory]
    [InlineData(AssistanceStatus.Proposed, AssistanceKind.CriticalIllness, "Review,Decline")]
    [InlineData(AssistanceStatus.Reviewed, AssistanceKind.CriticalIllness, "Approve,Decline")]
    [InlineData(AssistanceStatus.Approved, AssistanceKind.CriticalIllness, "Pay,Close")]
    [InlineData(AssistanceStatus.Approved, AssistanceKind.HardshipFile, "Pay,YearlyReview,Close")]
    [InlineData(AssistanceStatus.Declined, AssistanceKind.HardshipFile, "")]
    [InlineData(AssistanceStatus.Closed, AssistanceKind.HardshipFile, "")]
    public void Each_stage_allows_its_own_steps(AssistanceStatus status, AssistanceKind kind, string steps) =>
        Assert.Equal(steps, string.Join(',', Enum.GetValues<AssistanceAction>().Where(a => AssistanceRule.Allows(status, kind, a))));

    [Theory]
    [InlineData(4500, 3, false)] // exactly the line: not under it
    [InlineData(4499.99, 3, true)]
    [InlineData(0, 1, true)]
    public void A_household_is_below_the_line_only_under_it(decimal income, int size, bool below) => Assert.Equal(below, AssistanceRule.BelowLine(income, size, 1500m));

    [Theory]
    [InlineData(15000, 15000, 5000, null)] // the case reaches its cap
    [InlineData(15000, 15000, 5000.01, "Assistance:CaseCap")]
    [InlineData(0, 25000, 5000, null)] // the person reaches the year's cap
    [InlineData(0, 25000, 5000.01, "Assistance:YearCap")]
    public void A_payment_may_reach_a_cap_and_not_pass_it(decimal onCase, decimal inYear, decimal amount, string? broken) =>
        Assert.Equal(broken, AssistanceRule.BrokenCap(onCase, inYear, amount, 20000m, 30000m));
}
