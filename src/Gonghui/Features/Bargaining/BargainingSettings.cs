using Gonghui.Features.Bargaining.Rules;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// The district's bargaining parameters (configuration section <c>Bargaining</c>), each defaulting to the law's figure in
/// rules.md. Issue 6 moves district settings into the console; until then they come from configuration.
/// </summary>
public sealed record BargainingSettings
{
    public const string Section = "Bargaining";

    /// <summary>L1: representatives per side, at least.</summary>
    public int MinimumNegotiators { get; init; } = BargainingTeamsRule.DefaultMinimum;

    /// <summary>L2: days to answer a request to bargain.</summary>
    public int AnswerDays { get; init; } = AnswerDeadlineRule.DefaultDays;

    /// <summary>L4: the term's shortest and longest, in years, and the renewal window before expiry, in months.</summary>
    public int MinTermYears { get; init; } = ContractTermRule.DefaultMinYears;

    public int MaxTermYears { get; init; } = ContractTermRule.DefaultMaxYears;

    public int RenewalMonths { get; init; } = ContractTermRule.DefaultRenewalMonths;

    /// <summary>L5: days to file a signed contract.</summary>
    public int FilingDays { get; init; } = FilingDeadlineRule.DefaultDays;

    /// <summary>L6: days the labour administration has to object.</summary>
    public int ObjectionDays { get; init; } = EffectiveDateRule.DefaultDays;

    /// <summary>L8: the working-hours limits clauses are checked against.</summary>
    public WorkingHoursLimits WorkingHours { get; init; } = new();

    /// <summary>The district's minimum monthly wage in yuan, wage standards are compared with (Beijing's from 1 September 2025).</summary>
    public decimal MinimumMonthlyWage { get; init; } = 2540m;

    /// <summary>Reminders list contracts expiring within this many days.</summary>
    public int ExpiryReminderDays { get; init; } = 90;

    public ContractTermVerdict Term(DateOnly startOn, DateOnly endOn) => ContractTermRule.Evaluate(startOn, endOn, MinTermYears, MaxTermYears, RenewalMonths);
}
