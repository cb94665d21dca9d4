using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task The_API_reference_offers_no_third_party_service()
    {
        using var client = app.AnonymousClient();
        var page = await client.GetStringAsync("/scalar/");
        Assert.Contains("\"agent\":{\"disabled\":true}", page);
        Assert.Contains("\"showDeveloperTools\":\"never\"", page);
        Assert.Contains("\"hideClientButton\":true", page);
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

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/v1/account")]
    [InlineData("/api/v1/members?pageSize=1")]
    public async Task Answers_carry_the_security_headers_and_are_not_cached(string path)
    {
        using var client = path.StartsWith("/api", StringComparison.Ordinal) ? await app.ClientAsAsync("admin") : app.AnonymousClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        // Scripts from the site, and inline only AntDesign's one handler, by its hash.
        Assert.Contains("script-src 'self' 'unsafe-hashes' 'sha256-jHF5hTIlMDyGZRAsNK0HO/WFYrwPvI2I1q0o1xKKB6I=';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'; img-src", csp.Replace("style-src 'self' 'unsafe-inline'; img-src", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // plain HTTP: no HSTS
    }

    [Fact]
    public async Task Behind_a_proxy_that_says_https_cookies_are_secure_and_hsts_is_sent()
    {
        // nginx on the same machine: the connection comes from loopback, whose forwarded headers are believed.
        var proxied = await SignInPageFromAsync(IPAddress.Loopback);
        Assert.Contains("max-age=31536000", proxied.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
        Assert.Contains(proxied.Response.Headers.SetCookie, c => c!.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(IPAddress.Parse("203.0.113.50"), proxied.Connection.RemoteIpAddress);

        // From anywhere else the same headers are only words.
        var stranger = await SignInPageFromAsync(IPAddress.Parse("198.51.100.20"));
        Assert.Equal(0, stranger.Response.Headers.StrictTransportSecurity.Count);
        Assert.Equal(IPAddress.Parse("198.51.100.20"), stranger.Connection.RemoteIpAddress);
    }

    /// <summary>The sign-in page asked for by a connection from <paramref name="from"/> that says it forwards an HTTPS request.</summary>
    private Task<HttpContext> SignInPageFromAsync(IPAddress from) =>
        app.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/login";
            http.Request.Host = new HostString("gonghui.example.org"); // HSTS is never sent to localhost
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.Headers["X-Forwarded-For"] = "203.0.113.50";
            http.Connection.RemoteIpAddress = from;
        });

    [Fact]
    public async Task An_address_that_leads_nowhere_gets_a_page_in_the_users_language_and_the_api_a_problem()
    {
        using var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Equal(HttpStatusCode.Redirect, (await Browserless.SignInAsync(browser, "district-staff", Gonghui.Features.Demo.SeedDemo.DemoPassword)).StatusCode);
        var page = await browser.GetAsync("/organisation/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("页面不存在", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var api = await app.ClientAsAsync("district-staff");
        var missing = await api.GetAsync("/api/v1/no-such-resource");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public void The_projects_own_rules_page_names_every_parameter_a_district_can_set()
    {
        // docs/rules.md says what each rule measures and where its numbers come from, so a clone needs nothing outside it.
        var docs = File.ReadAllText(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/rules.md")));
        var missing = app.Services.GetServices<Gonghui.Infrastructure.Settings.SettingDefinition>()
            .Where(d => !d.Key.StartsWith("Calendar:Years:", StringComparison.Ordinal))
            .Select(d => d.Key)
            .Where(k => !docs.Contains($"`{k}`", StringComparison.Ordinal) && !docs.Contains($"`{k[(k.LastIndexOf(':') + 1)..]}`", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task An_empty_query_value_is_a_filter_not_given()
    {
        // What the console's export links send for filters left blank: the whole list, not a 400.
        using var admin = await app.ClientAsAsync("admin");
        foreach (var url in new[]
        {
            "/api/v1/enterprises/export?format=csv&q=&section=&size=&covered=&underUnionId=",
            "/api/v1/audit-entries?q=&action=&entityType=&from=&to=&unionId=",
            "/api/v1/members?page=&pageSize=&unionId=&status=",
        })
        {
            var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        // A value that is there is still checked.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/audit-entries?from=yesterday")).StatusCode);
    }

    [Fact]
    public void Every_record_page_a_module_declares_is_a_console_page_that_opens_the_record()
    {
        var pages = app.Services.GetServices<Gonghui.Infrastructure.Api.RecordPage>().ToList();
        Assert.Contains(pages, p => p.EntityType == "JointMeeting");
        var components = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false).Cast<Microsoft.AspNetCore.Components.RouteAttribute>().Select(r => (r.Template, Type: t)))
            .ToList();
        foreach (var page in pages)
        {
            var path = page.Template[..page.Template.IndexOf('?', StringComparison.Ordinal)];
            var component = Assert.Single(components, c => c.Template == path).Type;
            Assert.Contains(component.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance), property =>
                property.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.SupplyParameterFromQueryAttribute), false)
                    .Cast<Microsoft.AspNetCore.Components.SupplyParameterFromQueryAttribute>().Any(q => q.Name == "open"));
            Assert.EndsWith("?open={0}", page.Template, StringComparison.Ordinal);
        }

        var links = app.Services.GetRequiredService<Gonghui.Infrastructure.Api.RecordPages>();
        Assert.Equal("/mechanisms/joint-meetings?open=42", links.Of("JointMeeting", "42"));
        Assert.Null(links.Of("JointMeeting", "42 OR 1=1"));
        Assert.Null(links.Of("Member", "42"));
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
