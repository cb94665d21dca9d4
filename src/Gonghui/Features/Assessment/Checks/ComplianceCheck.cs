using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>An industrial union under assessment.</summary>
public sealed record AssessedUnion(long Id, string Code, string Name, string Path, IndustrySector? Sector);

/// <summary>
/// What every check is given: the year; the day its figures stand on (the year's last day, or today in the current
/// year); today and now, against which time limits are judged (a past year's last report falls due in the next); the
/// unions; the district settings, read once for the whole answer (a closed year's as kept at its close); and, for a
/// closed year, the registry figures kept then.
/// </summary>
public sealed record ComplianceContext(int Year, DateOnly AsOf, DateOnly Today, DateTime Now, IReadOnlyList<AssessedUnion> Unions, DistrictSettings Settings, KeptYear? Kept = null)
{
    public DateOnly From => new(Year, 1, 1);

    public DateOnly To => new(Year, 12, 31);

    /// <summary>The assessed union whose subtree holds <paramref name="path"/>, if any (industrial unions do not nest).</summary>
    public AssessedUnion? Owner(string? path) => path is null ? null : Unions.FirstOrDefault(u => path.StartsWith(u.Path, StringComparison.Ordinal));
}

/// <summary>
/// Gathers one rule's facts for all the unions at once (set-wise, whatever the district's size) and hands each union's
/// to the rule's pure class. A module that starts keeping a rule's records adds one check; nothing else changes.
/// </summary>
public interface IComplianceCheck
{
    /// <summary>The rule's marker, R1 … R18.</summary>
    string Rule { get; }

    /// <summary>The module whose records it reads (for the scorecard's legend).</summary>
    string Module { get; }

    Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct);
}

/// <summary>
/// A check whose rule reads the registry as it stands (members, employees, enterprises and their coverage) rather than
/// dated records. When the district closes a year it keeps these figures per union (<see cref="ReadRegistryAsync"/>);
/// the check reads the kept ones for a closed year (<see cref="ComplianceContext.Kept"/>) and today's otherwise.
/// </summary>
public interface IRegistryCheck : IComplianceCheck
{
    /// <summary>Each union's registry figures now, written as <see cref="KeptYear.Write{T}"/> writes them.</summary>
    Task<IReadOnlyDictionary<long, string>> ReadRegistryAsync(ComplianceContext context, CancellationToken ct);
}
