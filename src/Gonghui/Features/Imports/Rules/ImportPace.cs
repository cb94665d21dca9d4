using Gonghui.Infrastructure.Jobs;

namespace Gonghui.Features.Imports.Rules;

/// <summary>How far a running import is and how fast it goes: rows checked per second and the time left.</summary>
public sealed record ImportPace(int PercentDone, int? RowsPerSecond, int? SecondsLeft)
{
    /// <summary>Reading and checking is the first 90 %, writing the last 10 % (most of the work is reading and sealing).</summary>
    public static int PercentOf(bool finished, ImportProgress? progress) =>
        finished ? 100
        : progress is { Phase: "writing" } writing ? 90 + (writing.Percent ?? 0) / 10
        : progress?.Percent is { } read ? Math.Min(90, read * 9 / 10)
        : 0;

    /// <summary>
    /// The pace of a job started at <paramref name="startedAt"/> (UTC) as of <paramref name="now"/>. No figure before a
    /// second has passed or a percent is done: a guess from nothing would jump about.
    /// </summary>
    public static ImportPace Of(bool finished, ImportProgress? progress, DateTime? startedAt, DateTime now)
    {
        var percent = PercentOf(finished, progress);
        if (finished || progress is null || startedAt is not { } started || (now - started).TotalSeconds < 1)
        {
            return new ImportPace(percent, null, null);
        }

        var elapsed = (now - started).TotalSeconds;
        var rowsPerSecond = progress.RowsRead > 0 ? (int)Math.Round(progress.RowsRead / elapsed) : (int?)null;
        var secondsLeft = percent is > 0 and < 100 ? (int)Math.Ceiling(elapsed * (100 - percent) / percent) : (int?)null;
        return new ImportPace(percent, rowsPerSecond, secondsLeft);
    }
}
