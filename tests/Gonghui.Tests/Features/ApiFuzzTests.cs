using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Gonghui.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace Gonghui.Tests.Features;

/// <summary>
/// Every operation of <c>/openapi/v1.json</c>, called with values drawn from its parameters' and body's schemas and from
/// what an attacker or a careless program would send instead — boundaries, wrong types, huge and hostile strings,
/// out-of-range numbers and dates, unknown enum names, missing and extra fields — as a district administrator and as a
/// union staffer, for a bounded time. No answer may be a 5xx, nor contradict the document: a status it does not list for
/// the operation, or a problem answered in another shape than it states. On a database of its own: it deletes what it finds.
/// Each case it has found is kept as an ordinary test (InputBoundsTests, EnterpriseApiTests, SignInTests).
/// </summary>
public abstract class ApiFuzzTests(GonghuiApp app)
{
    /// <summary>Seconds per caller: the whole run stays within a few minutes on two cores (<c>GONGHUI_FUZZ_SECONDS</c> for a longer hunt).</summary>
    private static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("GONGHUI_FUZZ_SECONDS"), out var s) ? s : 30;

    private sealed record Operation(string Method, string Path, IReadOnlyList<IOpenApiParameter> Parameters, IOpenApiSchema? Body, OpenApiResponses Responses);

    private sealed record Call(Operation Operation, string Url, string? Json)
    {
        public override string ToString() => $"{Operation.Method} {Url} {Json?[..Math.Min(Json.Length, 300)]}";
    }

    private static readonly string[] Hostile =
    [
        "", " ", "0", "-1", "null", "true", "[]", "{}", "'; DROP TABLE members; --", "../../etc/passwd", "..\\..\\windows",
        "<script>alert(1)</script>", "%00", "\u0000", "\t\r\n", "😀🇨🇳", "\uFFFF\uD800", "１２３", "二〇二五", "9999-12-31", "0001-01-01",
        "2026-02-30", "1e309", "NaN", "-0", "9223372036854775808", "-2147483649", "unknown-kind", "District-Admin", new string('长', 5_000),
        new string('a', 100_000),
    ];

    private static readonly Gen<string> HostileText = Gen.OneOf(Hostile);

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.OneOf("0", "1", "-1", "2", "1900", "2200", "1899", "2201", "2147483647", "-2147483648", "99999", "4", "5", "500", "501", "1000000", "1000001"),
        Gen.Int[-5, 400].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<List<Operation>> OperationsAsync(HttpClient client)
    {
        var json = await client.GetByteArrayAsync("/openapi/v1.json");
        var read = OpenApiDocument.Load(new MemoryStream(json), "json");
        var document = read.Document ?? throw new InvalidOperationException("the OpenAPI document does not read");
        return [.. document.Paths.SelectMany(p => (p.Value.Operations ?? []).Select(o => new Operation(
            o.Key.Method, p.Key, [.. o.Value.Parameters ?? [], .. p.Value.Parameters ?? []],
            o.Value.RequestBody?.Content?.Values.FirstOrDefault()?.Schema, o.Value.Responses ?? [])))];
    }

    /// <summary>A value for a schema: mostly a plausible one of its type, often a hostile one.</summary>
    private static Gen<JsonNode?> Value(IOpenApiSchema? schema, int depth) =>
        Gen.Frequency(
            (6, Plausible(schema, depth)),
            (2, HostileText.Select(s => (JsonNode?)JsonValue.Create(s))),
            (1, Number.Select(n => (JsonNode?)JsonValue.Create(long.Parse(n, System.Globalization.CultureInfo.InvariantCulture)))),
            (1, Gen.Const(() => (JsonNode?)null)));

    private static Gen<JsonNode?> Plausible(IOpenApiSchema? nullable, int depth)
    {
        // A nullable object or enum is "one of null and the thing".
        var schema = nullable?.OneOf?.FirstOrDefault(o => o.Type != JsonSchemaType.Null) ?? nullable;
        var type = schema?.Type ?? (schema?.Properties?.Count > 0 ? JsonSchemaType.Object : JsonSchemaType.String);
        if (schema?.Enum is { Count: > 0 } names)
        {
            return Gen.OneOf([.. names]).Select(n => n?.DeepClone());
        }

        if (type.HasFlag(JsonSchemaType.Object) && depth < 3)
        {
            var properties = (schema?.Properties ?? new Dictionary<string, IOpenApiSchema>()).ToList();
            return Gen.Select(All([.. properties.Select(p => Value(p.Value, depth + 1))]), Gen.Bool.Array[properties.Count], Gen.Bool).Select(t =>
            {
                var (values, present, extra) = t;
                var node = new JsonObject();
                for (var i = 0; i < properties.Count; i++)
                {
                    // Fields left out at random: a missing field is one of the cases.
                    if (present[i] || i % 2 == 0)
                    {
                        node[properties[i].Key] = values[i];
                    }
                }

                if (extra)
                {
                    node["unexpectedExtraField"] = "extra";
                }

                return (JsonNode?)node;
            });
        }

        if (type.HasFlag(JsonSchemaType.Array) && depth < 3)
        {
            return Value(schema?.Items, depth + 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]));
        }

        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            return Number.Select(n => (JsonNode?)JsonValue.Create(long.Parse(n, System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b));
        }

        return schema?.Format switch
        {
            "date" => Gen.OneOf("2025-01-01", "2026-06-30", "1900-01-01", "2200-12-31", "0001-01-01", "9999-12-31").Select(s => (JsonNode?)JsonValue.Create(s)),
            "date-time" => Gen.OneOf("2025-01-01T00:00:00Z", "0001-01-01T00:00:00", "9999-12-31T23:59:59Z").Select(s => (JsonNode?)JsonValue.Create(s)),
            _ => Gen.OneOf(Gen.String["测试工会abcXYZ0123-_ "], HostileText).Select(s => (JsonNode?)JsonValue.Create(s)),
        };
    }

    /// <summary>A text for a path or query parameter: a plausible one of its type, or any hostile one.</summary>
    private static Gen<string> Text(IOpenApiSchema? schema) =>
        Plausible(schema, 0).Select(n => n?.ToString() ?? "").SelectMany(plausible => Gen.Frequency((3, Gen.Const(plausible)), (1, HostileText)));

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<T[]> All<T>(IReadOnlyList<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(() => Array.Empty<T>()), (sofar, next) => Gen.Select(sofar, next, (values, value) => (T[])[.. values, value]));

    private static Gen<Call> Calls(IReadOnlyList<Operation> operations) =>
        Gen.OneOf([.. operations]).SelectMany(op =>
        {
            var parameters = op.Parameters.Where(p => p.In is ParameterLocation.Path or ParameterLocation.Query).ToList();
            var values = All([.. parameters.Select(p => Text(p.Schema))]);
            var body = op.Body is null ? Gen.Const(() => (string?)null) : Gen.Frequency(
                (8, Value(op.Body, 0).Select(n => n?.ToJsonString())),
                (1, Gen.OneOf<string?>("{", "[]", "\"text\"", "null", "{\"version\":\"x\"}", "")));
            return Gen.Select(values, Gen.Bool.Array[parameters.Count], body).Select(t =>
            {
                var path = op.Path;
                var query = new List<string>();
                for (var i = 0; i < parameters.Count; i++)
                {
                    var p = parameters[i];
                    if (p.In == ParameterLocation.Path)
                    {
                        // A NUL in a path is refused by the web server before the application (the test host throws instead).
                        var text = t.Item1[i].Replace("\0", "", StringComparison.Ordinal) is { Length: > 0 } value ? value : "1";
                        path = System.Text.RegularExpressions.Regex.Replace(path, "\\{" + p.Name + "(:[^}]*)?\\}", Uri.EscapeDataString(text));
                    }
                    else if (t.Item2[i])
                    {
                        query.Add($"{p.Name}={Uri.EscapeDataString(t.Item1[i])}");
                    }
                }

                return new Call(op, query.Count == 0 ? path : $"{path}?{string.Join('&', query)}", t.Item3);
            });
        });

    /// <summary>What in an answer the document does not allow: a status it does not list, or a problem not in its shape.</summary>
    private static string? Contradiction(Operation operation, int code, string? mediaType, string text)
    {
        var key = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.TryGetValue(key, out var documented) && !operation.Responses.ContainsKey(key[0] + "XX") && !operation.Responses.ContainsKey("default"))
        {
            return $"{code} is not among the answers documented ({string.Join(", ", operation.Responses.Keys)})";
        }

        if (documented?.Content?.ContainsKey("application/problem+json") == true && text.Length > 0)
        {
            if (mediaType != "application/problem+json")
            {
                return $"{code} answered as {mediaType}, documented as application/problem+json";
            }

            var problem = JsonNode.Parse(text);
            if (problem?["status"]?.GetValue<int>() != code || (code == 400 && problem["errors"] is not JsonObject { Count: > 0 }))
            {
                return $"{code} answered a problem without its status{(code == 400 ? " or the fields in error" : "")}";
            }
        }

        return null;
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("hitech-staff")]
    public async Task No_input_to_any_operation_answers_5xx(string login)
    {
        using var client = await app.ClientAsAsync(login);
        var operations = await OperationsAsync(client);
        Assert.True(operations.Count > 100, $"only {operations.Count} operations read from the document");
        var tried = 0;
        await Calls(operations).SampleAsync(async call =>
        {
            Interlocked.Increment(ref tried);
            using var request = new HttpRequestMessage(new HttpMethod(call.Operation.Method), call.Url);
            if (call.Json is not null)
            {
                request.Content = new StringContent(call.Json, Encoding.UTF8, "application/json");
            }

            using var answer = await client.SendAsync(request);
            var code = (int)answer.StatusCode;
            var text = await answer.Content.ReadAsStringAsync();
            Assert.True(code < 500, $"{code} for {call}: {text}");
            var wrong = Contradiction(call.Operation, code, answer.Content.Headers.ContentType?.MediaType, text);
            Assert.True(wrong is null, $"{wrong} for {call}: {text}");
        }, time: Seconds, threads: 1, print: c => c.ToString());
        Assert.True(tried > 50, $"only {tried} calls in {Seconds} s");
    }
}

[Collection("fuzz-sqlite")]
public sealed class ApiFuzzTestsOnSqlite(FuzzSqliteApp app) : ApiFuzzTests(app);

[Collection("fuzz-postgres")]
public sealed class ApiFuzzTestsOnPostgres(FuzzPostgresApp app) : ApiFuzzTests(app);
