namespace Gonghui.Infrastructure.Files;

/// <summary>
/// An uploaded file's name as it is kept and offered again: its last part only (either separator), without control
/// characters or the characters Windows refuses, trimmed of dots and spaces, and never a device name (<c>CON</c>,
/// <c>COM1</c> …) that would open something else when a colleague saves it.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 200;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The name to keep, or null if nothing usable is left.</summary>
    public static string? Display(string? uploaded)
    {
        var last = (uploaded ?? "").Split('/', '\\')[^1];
        var kept = new string([.. last.Where(c => !char.IsControl(c) && "<>:\"|?*".IndexOf(c) < 0)]).Trim().Trim('.', ' ');
        if (kept.Length is 0 or > MaxLength)
        {
            return null;
        }

        return Reserved.Contains(kept.Split('.')[0].TrimEnd()) ? "_" + kept : kept;
    }
}
