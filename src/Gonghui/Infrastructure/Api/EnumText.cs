using System.Text.Json;

namespace Gonghui.Infrastructure.Api;

/// <summary>Enums travel as kebab-case text (<c>industrial-union</c>), in JSON bodies and query strings alike.</summary>
public static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Parses <c>industrial-union</c> (or <c>IndustrialUnion</c>, <c>industrialUnion</c>); null for empty or unknown text.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null
            : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Of(v!.Value) == text || string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase));
}
