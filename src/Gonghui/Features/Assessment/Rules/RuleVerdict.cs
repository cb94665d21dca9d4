using System.Globalization;

namespace Gonghui.Features.Assessment.Rules;

public enum ComplianceStatus
{
    Met,
    NotMet,
    NotApplicable,
    NoData,
}

/// <summary>A record a verdict counted: its kind (<c>joint-meeting</c>), id, a line to show, its date, and where to open it.</summary>
/// <param name="Href">The record (or, for a figure over many records, the filtered list) in the API.</param>
/// <param name="Page">The same in the console.</param>
/// <param name="Meets">Whether this record itself met the rule (a report on time, a case reported in time), where the rule judges each.</param>
public sealed record Evidence(string Kind, long? Id, string Label, DateOnly? On, string Href, string Page, bool? Meets = null);

/// <summary>A further figure a verdict shows beside its main one (R6's democratic-management rates).</summary>
/// <param name="Threshold">The target it is held to when the district counts it toward the verdict; null when it is only shown.</param>
/// <param name="Meets">Whether it reaches its threshold; null when it is only shown or there is nothing to take a rate of.</param>
/// <param name="IsRate">Whether value and threshold are shares (shown as percentages) or counts.</param>
public sealed record RuleFigure(string Key, decimal? Value, decimal? Threshold, bool? Meets, bool IsRate = true);

/// <summary>
/// One union's standing on one rule for one period: the status, the figure and the threshold it was held to, the records
/// behind the figure, and the parameters used (so a verdict still explains itself after the district changes them).
/// </summary>
/// <param name="Reason">Why a verdict is not-applicable or no-data (<c>exempt-sector</c>, <c>module:Training</c> …), else null.</param>
/// <param name="Figures">Further figures of the rule, some of which may count toward the status.</param>
/// <param name="IsRate">Whether the value and threshold are shares (shown as percentages) or counts.</param>
public sealed record RuleVerdict(string Rule, ComplianceStatus Status, decimal? Value, decimal? Threshold, IReadOnlyList<Evidence> Evidence,
    IReadOnlyDictionary<string, string> Parameters, string? Reason = null, IReadOnlyList<RuleFigure>? Figures = null, bool IsRate = false)
{
    public static IReadOnlyDictionary<string, string> Used(params (string Key, object Value)[] parameters) =>
        parameters.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "");

    public static ComplianceStatus AtLeast(decimal value, decimal threshold) => value >= threshold ? ComplianceStatus.Met : ComplianceStatus.NotMet;

    /// <summary>A share against a target (R1, R6, R13): no data when there is nothing to take a share of.</summary>
    public static RuleVerdict Share(string rule, long part, long whole, decimal target, string targetKey, string noData, IReadOnlyList<Evidence> evidence)
    {
        var used = Used((targetKey, target));
        if (whole <= 0)
        {
            return new RuleVerdict(rule, ComplianceStatus.NoData, null, target, evidence, used, noData, IsRate: true);
        }

        var rate = Math.Round((decimal)part / whole, 4);
        return new RuleVerdict(rule, AtLeast(rate, target), rate, target, evidence, used, IsRate: true);
    }
}
