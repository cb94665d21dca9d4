namespace Gonghui.Features.WarningCases.Rules;

/// <summary>The level a case's facts call for, and why.</summary>
public sealed record WarningLevelVerdict(WarningLevel Level, int WorkersInvolved, WarningLevel ByWorkers, WarningLevel? ByKind);

/// <summary>
/// The district's levelling rules (R15): workers involved at or above a threshold give a level (default I from 100,
/// II from 50, III from 10, IV below), and some kinds of signal are never below a level (default: a bankruptcy II, a
/// collective incident or a layoff that L7 covers III). The more severe of the two stands. Staff may raise it further.
/// </summary>
public sealed record WarningLevelRule
{
    public int LevelIWorkers { get; init; } = 100;

    public int LevelIIWorkers { get; init; } = 50;

    public int LevelIIIWorkers { get; init; } = 10;

    /// <summary>The least severe level a kind of signal may have (kinds not listed: none).</summary>
    public Dictionary<string, WarningLevel> KindFloors { get; init; } = new()
    {
        ["Bankruptcy"] = WarningLevel.II,
        ["CollectiveIncident"] = WarningLevel.III,
        ["Layoff"] = WarningLevel.III,
    };

    public WarningLevelVerdict Evaluate(int workersInvolved, IEnumerable<string> signalKinds)
    {
        var byWorkers = workersInvolved >= LevelIWorkers ? WarningLevel.I
            : workersInvolved >= LevelIIWorkers ? WarningLevel.II
            : workersInvolved >= LevelIIIWorkers ? WarningLevel.III
            : WarningLevel.IV;
        WarningLevel? byKind = signalKinds.Select(k => KindFloors.TryGetValue(k, out var floor) ? floor : (WarningLevel?)null).Where(l => l is not null).Min();
        var level = byKind is { } k2 && k2 < byWorkers ? k2 : byWorkers;
        return new WarningLevelVerdict(level, workersInvolved, byWorkers, byKind);
    }
}
