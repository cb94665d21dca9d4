using System.Globalization;
using Gonghui.Features.Organisation;
using Gonghui.Features.Services.Rules;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Services;

/// <summary>
/// R9's and R10's parameters (configuration section <c>Services</c>): the categories each industry must offer (the plan's
/// table by default), how many deliveries make a category offered, and how many designated services and purchase
/// contracts a union is to have in a year.
/// </summary>
public sealed record ServiceSettings : IDistrictSettingsSection
{
    public static string Section => "Services";

    /// <summary>The sectors the plan's table names (an "other" industry has no required category).</summary>
    public static readonly IReadOnlyList<IndustrySector> Sectors = [.. Enum.GetValues<IndustrySector>().Where(s => s != IndustrySector.Other)];

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        .. Sectors.Select(s => new SettingDefinition($"Services:Required{s}", "R10", SettingKind.Choices, Default(s), Choices: Enum.GetNames<ServiceCategory>(), ChoiceWords: nameof(ServiceCategory))),
        new("Services:MinimumDeliveries", "R10", SettingKind.Count, RequiredServicesRule.DefaultMinimumDeliveries.ToString(CultureInfo.InvariantCulture), 1, 1000),
        new("Services:DesignatedMinimum", "R9", SettingKind.Count, "1", 0, 100),
        new("Services:PurchaseMinimum", "R9", SettingKind.Count, "1", 0, 100),
    ];

    private static string Default(IndustrySector s) => string.Join(',', RequiredServicesRule.DefaultRequired(s));

    public string RequiredGovernmentOrgans { get; init; } = Default(IndustrySector.GovernmentOrgans);

    public string RequiredEducation { get; init; } = Default(IndustrySector.Education);

    public string RequiredHealthcare { get; init; } = Default(IndustrySector.Healthcare);

    public string RequiredServices { get; init; } = Default(IndustrySector.Services);

    public string RequiredManufacturing { get; init; } = Default(IndustrySector.Manufacturing);

    public string RequiredHighTechnology { get; init; } = Default(IndustrySector.HighTechnology);

    public string RequiredCulturalCreative { get; init; } = Default(IndustrySector.CulturalCreative);

    public int MinimumDeliveries { get; init; } = RequiredServicesRule.DefaultMinimumDeliveries;

    public int DesignatedMinimum { get; init; } = 1;

    public int PurchaseMinimum { get; init; } = 1;

    /// <summary>The categories the district requires of an industrial union of the sector.</summary>
    public IReadOnlyList<ServiceCategory> Required(IndustrySector? sector) =>
        (sector switch
        {
            IndustrySector.GovernmentOrgans => RequiredGovernmentOrgans,
            IndustrySector.Education => RequiredEducation,
            IndustrySector.Healthcare => RequiredHealthcare,
            IndustrySector.Services => RequiredServices,
            IndustrySector.Manufacturing => RequiredManufacturing,
            IndustrySector.HighTechnology => RequiredHighTechnology,
            IndustrySector.CulturalCreative => RequiredCulturalCreative,
            _ => "",
        }).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(x => Enum.TryParse<ServiceCategory>(x, out var c) ? (ServiceCategory?)c : null).OfType<ServiceCategory>().Distinct().ToList();
}
