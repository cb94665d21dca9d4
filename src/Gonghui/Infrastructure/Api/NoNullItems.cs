using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gonghui.Infrastructure.Api;

/// <summary>
/// Reads a JSON list of objects (<c>awards</c>, <c>certificates</c>, <c>items</c> …) refusing a <c>null</c> in it as an
/// unreadable value, answered 400 naming the list: every handler checks its rows field by field and would otherwise meet
/// a row that is not there. Lists of texts and numbers are read as before; writing is unchanged.
/// </summary>
public sealed class NoNullItems : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => ItemOf(typeToConvert) is { IsValueType: false } item && item != typeof(string);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<,>).MakeGenericType(typeToConvert, ItemOf(typeToConvert)!))!;

    private static Type? ItemOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var definition
          && (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyCollection<>))
            ? type.GetGenericArguments()[0]
            : null;

    private sealed class Converter<TList, TItem> : JsonConverter<TList>
    {
        public override TList? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("a list was expected");
            }

            var items = new List<TItem>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(reader.TokenType == JsonTokenType.Null ? throw new JsonException("a list item is null") : JsonSerializer.Deserialize<TItem>(ref reader, options)!);
            }

            return (TList)(object)(typeToConvert.IsArray ? items.ToArray() : items);
        }

        public override void Write(Utf8JsonWriter writer, TList value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in (IEnumerable<TItem>)value!)
            {
                JsonSerializer.Serialize(writer, item, options);
            }

            writer.WriteEndArray();
        }
    }
}
