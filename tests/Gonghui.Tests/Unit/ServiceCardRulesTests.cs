using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.ServiceCards;
using Gonghui.Features.ServiceCards.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>R8 (issue 18): the card's steps in each state, the number's form and mask, and the issuance rate at its target.</summary>
public sealed class ServiceCardRulesTests
{
    [Theory]
    [InlineData(ServiceCardStatus.Applied, "Issue,Cancel")]
    [InlineData(ServiceCardStatus.Issued, "ReportLost,Cancel")]
    [InlineData(ServiceCardStatus.ReportedLost, "Replace,Cancel")]
    [InlineData(ServiceCardStatus.Replaced, "ReportLost,Cancel")]
    [InlineData(ServiceCardStatus.Cancelled, "")]
    public void Each_state_allows_its_own_steps(ServiceCardStatus status, string steps) =>
        Assert.Equal(steps, string.Join(',', Enum.GetValues<ServiceCardStep>().Where(s => ServiceCardRule.Allows(status, s))));

    [Theory]
    [InlineData(ServiceCardStatus.Issued, true)]
    [InlineData(ServiceCardStatus.Replaced, true)]
    [InlineData(ServiceCardStatus.Applied, false)]
    [InlineData(ServiceCardStatus.ReportedLost, false)]
    [InlineData(ServiceCardStatus.Cancelled, false)]
    public void Only_an_issued_or_replaced_card_is_in_force(ServiceCardStatus status, bool inForce) => Assert.Equal(inForce, ServiceCardRule.InForce(status));

    [Theory]
    [InlineData("6214830100000001", "6214830100000001")] // 16 digits
    [InlineData("6214 8301 0000 0000 123", "6214830100000000123")] // 19, spaced
    [InlineData("６２１４８３０１-００００-０００１", "6214830100000001")] // full-width digits and dashes
    [InlineData("621483010000000", null)] // 15
    [InlineData("62148301000000001234", null)] // 20
    [InlineData("6214830100000O01", null)] // a letter
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_card_number_is_16_to_19_digits(string? raw, string? clean) => Assert.Equal(clean, ServiceCardRule.CleanNumber(raw));

    [Fact]
    public void A_number_is_masked_to_its_last_four() => Assert.Equal("************0001", ServiceCardRule.Mask("6214830100000001"));

    [Theory]
    [InlineData(60, 100, "met")] // exactly the target
    [InlineData(59, 100, "not-met")]
    [InlineData(0, 0, "no-data")]
    public void R8_holds_the_issuance_rate_to_the_target(long inForce, long members, string status)
    {
        var verdict = ServiceCardCompliance.Evaluate(new CardCounts(members, inForce, 0), ServiceCardRule.DefaultIssuanceTarget, []);
        Assert.Equal(status, verdict.Status switch { ComplianceStatus.Met => "met", ComplianceStatus.NotMet => "not-met", _ => "no-data" });
        Assert.Equal(members == 0 ? null : Math.Round((decimal)inForce / members, 4), verdict.Value);
        Assert.Equal("0.6", verdict.Parameters["ServiceCards:IssuanceTarget"]);
    }
}
