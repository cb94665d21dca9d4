using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gonghui.Infrastructure.Api;

/// <summary>
/// Reads a JSON string, refusing one with a NUL character: no text column of either database can hold it (PostgreSQL
/// refuses the whole statement), so it is an unreadable value, answered 400 naming its field like any other.
/// </summary>
public sealed class NoNulStrings : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && text.Contains('\0', StringComparison.Ordinal) ? throw new JsonException("NUL character") : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
