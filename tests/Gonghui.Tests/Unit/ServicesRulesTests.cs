using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Features.Services;
using Gonghui.Features.Services.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>R9 and R10 (issue 18): the plan's table of required services, a category offered at the minimum, payments up to the budget, R9's two parts.</summary>
public sealed class ServicesRulesTests
{
    [Theory]
    [InlineData(IndustrySector.GovernmentOrgans, "CultureSports,EmergencyAid")]
    [InlineData(IndustrySector.Education, "Counselling")]
    [InlineData(IndustrySector.Healthcare, "Counselling")]
    [InlineData(IndustrySector.Services, "SkillsTraining,WorkSafety,LegalAid,OccupationalHealth,HardshipAssistance")]
    [InlineData(IndustrySector.Manufacturing, "SkillsTraining,WorkSafety,LegalAid,OccupationalHealth,HardshipAssistance")]
    [InlineData(IndustrySector.HighTechnology, "Employment,SkillsTraining")]
    [InlineData(IndustrySector.CulturalCreative, "Employment,SkillsTraining")]
    [InlineData(IndustrySector.Other, "")]
    public void The_plan_s_table_gives_each_industry_its_required_services(IndustrySector sector, string required)
    {
        Assert.Equal(required, string.Join(',', RequiredServicesRule.DefaultRequired(sector)));
        Assert.Equal(required, string.Join(',', new ServiceSettings().Required(sector)));
    }

    [Theory]
    [InlineData(0, 1, false)]
    [InlineData(1, 1, true)] // exactly the minimum
    [InlineData(1, 2, false)]
    [InlineData(2, 2, true)]
    public void A_category_is_offered_at_the_minimum_number_of_deliveries(int deliveries, int minimum, bool met)
    {
        var coverage = RequiredServicesRule.Cover([ServiceCategory.LegalAid, ServiceCategory.WorkSafety], new Dictionary<ServiceCategory, (int, int)> { [ServiceCategory.LegalAid] = (deliveries, 7) }, minimum);
        Assert.Equal(met, coverage[0].Met);
        Assert.Equal((0, 0, minimum == 0), (coverage[1].Deliveries, coverage[1].Workers, coverage[1].Met));
    }

    [Theory]
    [InlineData(1000, 0, 1000, true)] // the whole budget in one payment
    [InlineData(1000, 999.99, 0.01, true)]
    [InlineData(1000, 999.99, 0.02, false)] // one fen over
    [InlineData(1000, 0, 0, false)]
    [InlineData(1000, 0, -1, false)]
    public void A_payment_stays_within_the_budget(decimal budget, decimal paid, decimal amount, bool allowed) => Assert.Equal(allowed, PurchaseRule.WithinBudget(budget, paid, amount));

    [Fact]
    public void A_purchase_s_summary_counts_payments_acceptances_and_ratings()
    {
        var s = PurchaseRule.Summarise(1000m, [300m, 200.5m], [(AcceptanceResult.Accepted, 5), (AcceptanceResult.Rejected, 2), (null, null)]);
        Assert.Equal((500.5m, 499.5m, 3, 1, 1, 1, 3.5m), (s.Paid, s.Remaining, s.Deliverables, s.Accepted, s.Rejected, s.Pending, s.AverageRating));
        Assert.Null(PurchaseRule.Summarise(1000m, [], [(null, null)]).AverageRating);
    }

    private static Evidence Record(string kind) => new(kind, 1, kind, new DateOnly(2025, 1, 1), "", "");

    [Theory]
    [InlineData(1, 1, "Met", 2)]
    [InlineData(0, 1, "NotMet", 1)]
    [InlineData(1, 0, "NotMet", 1)]
    [InlineData(0, 0, "NotMet", 0)]
    public void R9_asks_for_designated_services_and_purchases(int designated, int purchases, string status, int parts)
    {
        var verdict = ServicesCompliance.Purchases([.. Enumerable.Repeat(Record("designated-service"), designated)], [.. Enumerable.Repeat(Record("service-purchase"), purchases)], 1, 1);
        Assert.Equal((status, (decimal)parts), (verdict.Status.ToString(), verdict.Value!.Value));
    }

    [Fact]
    public void R10_is_not_applicable_to_an_industry_with_no_required_service_and_otherwise_counts_the_categories_offered()
    {
        Assert.Equal(ComplianceStatus.NotApplicable, ServicesCompliance.Required([], 1, _ => Record("x"), "").Status);
        var verdict = ServicesCompliance.Required([new(ServiceCategory.Employment, 1, 50, 1), new(ServiceCategory.SkillsTraining, 0, 0, 1)], 1, c => Record(c.Category.ToString()), "Employment,SkillsTraining");
        Assert.Equal((ComplianceStatus.NotMet, 1m, 2m), (verdict.Status, verdict.Value, verdict.Threshold));
        Assert.Equal([true, false], verdict.Evidence.Select(e => e.Meets == true));
    }
}
