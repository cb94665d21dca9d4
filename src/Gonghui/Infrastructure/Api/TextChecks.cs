using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Api;

/// <summary>The two checks every free-text field gets: present when required, and not longer than its column.</summary>
public static class TextChecks
{
    /// <returns>The trimmed text, or null when it is missing or too long (the error is added).</returns>
    public static string? Required(this ValidationErrors e, IStringLocalizer t, string field, string? value, int max, string requiredMessageKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            e.Add(field, t[requiredMessageKey]);
            return null;
        }

        return e.Optional(t, field, value, max);
    }

    /// <returns>The trimmed text; null when blank or too long (the error is added).</returns>
    public static string? Optional(this ValidationErrors e, IStringLocalizer t, string field, string? value, int max)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > max)
        {
            e.Add(field, t["Field.TooLong", max]);
            return null;
        }

        return text;
    }
}
