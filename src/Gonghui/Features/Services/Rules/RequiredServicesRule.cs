using Gonghui.Features.Organisation;

namespace Gonghui.Features.Services.Rules;

/// <summary>How one required category stands for a union and year: its deliveries and the workers they served.</summary>
public sealed record CategoryCoverage(ServiceCategory Category, int Deliveries, int Workers, int Minimum)
{
    public bool Met => Deliveries >= Minimum;
}

/// <summary>
/// R10: the services each industry must offer (the plan's table, the district's default), and whether a union delivered
/// each of its required categories at least the minimum number of times in the year.
/// </summary>
public static class RequiredServicesRule
{
    public const int DefaultMinimumDeliveries = 1;

    /// <summary>The plan's R10 table, by the sector of the industrial union.</summary>
    public static IReadOnlyList<ServiceCategory> DefaultRequired(IndustrySector sector) => sector switch
    {
        IndustrySector.GovernmentOrgans => [ServiceCategory.CultureSports, ServiceCategory.EmergencyAid],
        IndustrySector.Education or IndustrySector.Healthcare => [ServiceCategory.Counselling],
        IndustrySector.Services or IndustrySector.Manufacturing =>
            [ServiceCategory.SkillsTraining, ServiceCategory.WorkSafety, ServiceCategory.LegalAid, ServiceCategory.OccupationalHealth, ServiceCategory.HardshipAssistance],
        IndustrySector.HighTechnology or IndustrySector.CulturalCreative => [ServiceCategory.Employment, ServiceCategory.SkillsTraining],
        _ => [],
    };

    /// <summary>Each required category with what was delivered in it; categories delivered but not required are not listed.</summary>
    public static IReadOnlyList<CategoryCoverage> Cover(IReadOnlyList<ServiceCategory> required, IReadOnlyDictionary<ServiceCategory, (int Deliveries, int Workers)> delivered, int minimum) =>
        required.Select(c => delivered.TryGetValue(c, out var d) ? new CategoryCoverage(c, d.Deliveries, d.Workers, minimum) : new CategoryCoverage(c, 0, 0, minimum)).ToList();
}
