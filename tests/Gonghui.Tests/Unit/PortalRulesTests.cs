using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Portal;
using Gonghui.Features.Portal.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>R13 (issue 19): a union is listed in full with a chair and a phone; the share of such unions against the target.</summary>
public sealed class PortalRulesTests
{
    [Theory]
    [InlineData("王主席", "010-65001234", true)]
    [InlineData("王主席", null, false)]
    [InlineData(null, "010-65001234", false)]
    [InlineData(" ", "010-65001234", false)]
    [InlineData("王主席", "  ", false)]
    public void A_listing_is_complete_with_a_chair_and_a_phone(string? chair, string? phone, bool complete) => Assert.Equal(complete, DirectoryRule.IsComplete(chair, phone));

    [Theory]
    [InlineData(10, 10, 1.0, "Met", 1.0)]
    [InlineData(9, 10, 1.0, "NotMet", 0.9)]
    [InlineData(9, 10, 0.9, "Met", 0.9)]
    [InlineData(2, 3, 0.67, "NotMet", 0.6667)]
    [InlineData(0, 0, 1.0, "NoData", null)]
    public void R13_is_the_share_of_complete_listings_against_the_target(int complete, int unions, double target, string status, double? value)
    {
        var verdict = DirectoryCompliance.Evaluate(new DirectoryCounts(unions, complete), (decimal)target, []);
        Assert.Equal((Enum.Parse<ComplianceStatus>(status), value is null ? null : (decimal?)value, true), (verdict.Status, verdict.Value, verdict.IsRate));
    }
}
