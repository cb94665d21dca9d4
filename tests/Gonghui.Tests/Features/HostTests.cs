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
