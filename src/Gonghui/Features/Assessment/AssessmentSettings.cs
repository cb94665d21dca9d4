using System.Globalization;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Bargaining;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Assessment;

/// <summary>The assessment's own parameters (R1, R5, R6, R7): district settings (configuration section <c>Assessment</c> for their defaults).</summary>
public sealed record AssessmentSettings : IDistrictSettingsSection
{
    public static string Section => "Assessment";

    public static IEnumerable<SettingDefinition> Definitions =>
    [
        new("Assessment:MembershipTarget", "R1", SettingKind.Rate, Text(MembershipRateRule.DefaultTarget)),
        new("Assessment:ContractTopics", "R5", SettingKind.Choices, string.Join(',', IndustryContractRule.DefaultTopics), Choices: Enum.GetNames<ClauseTopic>(), ChoiceWords: nameof(ClauseTopic)),
        new("Assessment:ContractCoverageTarget", "R6", SettingKind.Rate, Text(ContractCoverageRule.DefaultTarget)),
        new("Assessment:WorkersCongressTarget", "R6", SettingKind.Rate, "0"),
        new("Assessment:FactoryAffairsTarget", "R6", SettingKind.Rate, "0"),
        new("Assessment:CertifiedWorkers", "R7", SettingKind.Count, TrainingRule.DefaultCertifiedWorkers.ToString(CultureInfo.InvariantCulture), 0, 100_000),
        new("Assessment:TrainingExemptSectors", "R7", SettingKind.Choices, DefaultExemptSectors, Choices: Enum.GetNames<IndustrySector>(), ChoiceWords: nameof(IndustrySector)),
        new("Assessment:TrainingExemptUnions", "R7", SettingKind.UnionCodes, ""),
    ];

    private const string DefaultExemptSectors = "Education,Healthcare";

    public decimal MembershipTarget { get; init; } = MembershipRateRule.DefaultTarget;

    /// <summary>Clause topics, comma-separated.</summary>
    public string ContractTopics { get; init; } = string.Join(',', IndustryContractRule.DefaultTopics);

    public decimal ContractCoverageTarget { get; init; } = ContractCoverageRule.DefaultTarget;

    /// <summary>R6: the share of covered enterprises that held a workers' congress in the year; 0 shows it without counting it.</summary>
    public decimal WorkersCongressTarget { get; init; }

    /// <summary>R6: the share that published factory affairs in the year; 0 shows it without counting it.</summary>
    public decimal FactoryAffairsTarget { get; init; }

    public int CertifiedWorkers { get; init; } = TrainingRule.DefaultCertifiedWorkers;

    /// <summary>Sectors, comma-separated.</summary>
    public string TrainingExemptSectors { get; init; } = DefaultExemptSectors;

    /// <summary>Union codes, comma-separated.</summary>
    public string TrainingExemptUnions { get; init; } = "";

    public IReadOnlyList<ClauseTopic> Topics => Parse<ClauseTopic>(ContractTopics);

    public IReadOnlyList<IndustrySector> ExemptSectors => Parse<IndustrySector>(TrainingExemptSectors);

    public IReadOnlyList<string> ExemptUnions => Split(TrainingExemptUnions);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string[] Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<T> Parse<T>(string text) where T : struct, Enum =>
        Split(text).Select(s => Enum.TryParse<T>(s, ignoreCase: true, out var v) ? v : (T?)null).OfType<T>().ToList();
}
