using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace Gonghui.Tests.Features;

/// <summary>
/// Every text field of every write endpoint at its limit and one past it (issue 14, item 5), from the same requests the
/// matrix sends as a district administrator: the limit is what <c>/openapi/v1.json</c> states as <c>maxLength</c>; at the
/// limit the write succeeds and stores the whole text (so the validator, the document and the column on this database
/// agree), one past it the answer is 400 naming the field. A field with a fixed form (its <c>pattern</c>) is sent one past
/// its limit only: no text of its length but the right form would be accepted anyway.
/// </summary>
public abstract partial class AuthorizationMatrixTests
{
    /// <summary>Write operations whose text fields no matrix request as an administrator reaches, and why.</summary>
    private static readonly Dictionary<string, string> NotReachedByTheMatrix = new();

    /// <summary>Fields whose form another field decides, sent one past their limit only, like those with a pattern.</summary>
    private static readonly HashSet<string> FormedByAnotherField =
    [
        "PUT /api/v1/settings value", // a number of days, a list of roles …: the setting's own form
        "POST /api/v1/assistance-cases personName", // a member chosen names the worker; the name is for one not yet a member
        "POST /api/v1/assistance-cases idNumber",
    ];

    /// <summary>Operations that answer their parent record, not the one the text was written to.</summary>
    private static bool AnswersTheRecordWritten(string path) => path.EndsWith('}') || !path.Contains('{', StringComparison.Ordinal);

    private sealed record TextField(string Path, int MaxLength, bool Formed);

    [Fact]
    public async Task Every_text_field_of_every_write_holds_its_limit_and_refuses_one_more()
    {
        using var admin = await app.ClientAsAsync(Logins["district-admin"]);
        var document = OpenApiDocument.Load(new MemoryStream(await admin.GetByteArrayAsync("/openapi/v1.json")), "json").Document!;
        var documented = new HashSet<string>();
        var tried = new HashSet<string>();
        var failures = new List<string>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                if (operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media.Schema is { } schema)
                {
                    foreach (var field in Fields(schema, ""))
                    {
                        documented.Add($"{method.Method} {path} {field.Path}");
                    }
                }
            }
        }

        // One request per endpoint, one an administrator may make where there is one.
        foreach (var c in Matrix.OrderBy(c => (int)c.Da is >= 200 and < 300 ? 0 : 1).DistinctBy(c => c.Endpoint))
        {
            var key = System.Text.RegularExpressions.Regex.Replace(c.Endpoint, ":[^}]*}", "}");
            var (method, path) = (key[..key.IndexOf(' ', StringComparison.Ordinal)], key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var operation = document.Paths.TryGetValue(path, out var item) ? item.Operations?.FirstOrDefault(o => o.Key.Method == method).Value : null;
            if (operation?.RequestBody?.Content?.TryGetValue("application/json", out var media) != true || media!.Schema is not { } schema)
            {
                continue;
            }

            using var sample = await c.Request(app, "district-admin");
            if (sample.Content is null)
            {
                continue;
            }

            var body = WithListItems(JsonNode.Parse(await sample.Content.ReadAsStringAsync())!.AsObject());
            var succeeds = (int)c.Da is >= 200 and < 300;
            foreach (var field in Fields(schema, "", body))
            {
                tried.Add($"{key} {field.Path}");
                var (over, overAnswer) = await SendWithAsync(c, admin, field.Path, Text(field.MaxLength + 1));
                var complaint = JsonNode.Parse(overAnswer)?["errors"]?[field.Path]?[0]?.ToString();
                if (over != HttpStatusCode.BadRequest || complaint is null)
                {
                    failures.Add($"{key} {field.Path} one past its limit {field.MaxLength}: {(int)over} {overAnswer}");
                    continue;
                }

                if (field.Formed || FormedByAnotherField.Contains($"{key} {field.Path}"))
                {
                    continue;
                }

                // At the limit: the answer the matrix expects (stored, or refused for another reason), never the complaint.
                var atLimit = Text(field.MaxLength);
                var (status, answer) = await SendWithAsync(c, admin, field.Path, atLimit);
                if (status != c.Da || answer.Contains(complaint, StringComparison.Ordinal))
                {
                    failures.Add($"{key} {field.Path} at its limit {field.MaxLength}: {(int)status} {answer}");
                }
                else if (succeeds && !field.Path.Contains('.', StringComparison.Ordinal) && AnswersTheRecordWritten(path)
                    && JsonNode.Parse(answer) is JsonObject echoed && echoed[field.Path] is JsonValue stored && stored.ToString() != atLimit)
                {
                    failures.Add($"{key} {field.Path} at its limit: stored as {stored.ToString().Length} characters");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        var missed = documented.Except(tried).Where(f => !NotReachedByTheMatrix.Keys.Any(k => f.StartsWith(k + " ", StringComparison.Ordinal))).ToList();
        Assert.True(missed.Count == 0, "not tried: " + string.Join(", ", missed));
        Assert.True(tried.Count > 90, $"only {tried.Count} fields tried");
    }

    [Fact]
    public async Task Every_text_field_a_write_takes_states_its_limit()
    {
        using var admin = await app.ClientAsAsync(Logins["district-admin"]);
        var document = OpenApiDocument.Load(new MemoryStream(await admin.GetByteArrayAsync("/openapi/v1.json")), "json").Document!;
        var unbounded = document.Paths
            .SelectMany(p => (p.Value.Operations ?? []).Select(o => (Key: $"{o.Key.Method} {p.Key}", o.Value)))
            .Where(o => o.Value.RequestBody?.Content?.ContainsKey("application/json") == true)
            .SelectMany(o => Texts(o.Value.RequestBody!.Content!["application/json"].Schema!, "").Where(t => t.Schema.MaxLength is null).Select(t => $"{o.Key} {t.Path}"))
            .ToList();
        Assert.True(unbounded.Count == 0, string.Join(", ", unbounded));
    }

    /// <summary>The text fields of a body's schema, into the lists the sample body holds (each list's first item).</summary>
    private static IEnumerable<TextField> Fields(IOpenApiSchema schema, string prefix, JsonObject? sample = null) =>
        Texts(schema, prefix, sample).Where(t => t.Schema.MaxLength is int).Select(t => new TextField(t.Path, t.Schema.MaxLength!.Value, t.Schema.Pattern is not null));

    private static IEnumerable<(string Path, IOpenApiSchema Schema)> Texts(IOpenApiSchema schema, string prefix, JsonObject? sample = null)
    {
        foreach (var (name, nullable) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var property = nullable.OneOf?.FirstOrDefault(o => o.Type != JsonSchemaType.Null) ?? nullable;
            var type = property.Type ?? 0;
            if (type.HasFlag(JsonSchemaType.String) && property.Format is null && property.Enum is not { Count: > 0 })
            {
                yield return (prefix + name, property);
            }
            else if (type.HasFlag(JsonSchemaType.Array) && property.Items is { Properties.Count: > 0 } items
                && (sample is null || sample[name] is JsonArray { Count: > 0 }))
            {
                foreach (var inner in Texts(items, $"{prefix}{name}[0].", sample?[name]?[0] as JsonObject))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A text of exactly <paramref name="length"/> characters, unique (names and titles may have to be), mostly CJK.</summary>
    private static string Text(int length)
    {
        // Upper and lower case, digits and a symbol: a password of any length passes the strength rules too.
        var unique = "Aa1!" + Guid.NewGuid().ToString("N");
        return length <= 12 ? unique[..length] : unique[..12] + new string('长', length - 12);
    }

    /// <summary>One item for each list of a body the matrix sends empty, so that the item's texts are tried too.</summary>
    private static readonly Dictionary<string, Func<JsonNode>> ListItems = new()
    {
        ["clauses"] = () => new JsonObject { ["topic"] = "remuneration", ["text"] = "工资每月 10 日前足额发放。" },
        ["wageStandards"] = () => new JsonObject { ["jobType"] = "装配工", ["minimumMonthlyWage"] = 4200 },
    };

    private static JsonObject WithListItems(JsonObject body)
    {
        foreach (var (name, item) in ListItems)
        {
            // Added to every body: a field a record does not have is ignored.
            if (body[name] is not JsonArray { Count: > 0 })
            {
                body[name] = new JsonArray(item());
            }
        }

        return body;
    }

    /// <summary>The matrix's request again (a fresh record where it makes one), with one field set.</summary>
    private async Task<(HttpStatusCode Status, string Answer)> SendWithAsync(Case c, HttpClient client, string fieldPath, string value)
    {
        using var request = await c.Request(app, "district-admin");
        JsonNode body = WithListItems(JsonNode.Parse(await request.Content!.ReadAsStringAsync())!.AsObject());
        var target = body;
        var steps = fieldPath.Split('.');
        foreach (var step in steps[..^1])
        {
            target = step.EndsWith("[0]", StringComparison.Ordinal) ? target[step[..^3]]![0]! : target[step]!;
        }

        target[steps[^1]] = value;
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
