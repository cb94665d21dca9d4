using System.Net;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class HostTests(GonghuiApp app)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar/")]
    [InlineData("/login")]
    public async Task Public_endpoints_answer_without_signing_in(string path)
    {
        using var client = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/v1/joint-meetings?year=二〇二五", null, "year", "This value cannot be read")]
    [InlineData("POST", "/api/v1/joint-meetings", "{\"kind\":\"summit\"}", "kind", "无法识别该值")]
    [InlineData("POST", "/api/v1/warning-cases", "{\"signal\":{\"observedOn\":\"5月1日\"}}", "signal.observedOn", "无法识别该值")]
    [InlineData("POST", "/api/v1/unions", "{\"name\":", "name", "无法识别该值")]
    [InlineData("POST", "/api/v1/unions", "不是 JSON", "body", "无法识别该值")]
    public async Task An_unreadable_request_answers_400_naming_the_field_in_the_callers_language(string method, string url, string? body, string field, string message)
    {
        using var client = await app.ClientAsAsync("admin", message.StartsWith("This", StringComparison.Ordinal) ? "en" : null);
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadNodeAsync();
        Assert.StartsWith(message, (string)problem["errors"]![field]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_union_endpoints()
    {
        using var client = app.AnonymousClient();
        var doc = await (await client.GetAsync("/openapi/v1.json")).ReadNodeAsync();
        Assert.NotNull(doc["paths"]!["/api/v1/unions"]);
        Assert.NotNull(doc["paths"]!["/api/v1/unions/{id}"]);
    }

    [Fact]
    public async Task The_console_sends_strangers_to_the_sign_in_page()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/organisation/unions");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

[Collection("sqlite")]
public sealed class HostTestsOnSqlite(SqliteApp app) : HostTests(app);

[Collection("postgres")]
public sealed class HostTestsOnPostgres(PostgresApp app) : HostTests(app);
