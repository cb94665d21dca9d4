using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>The public directory (issue 19, R13): found by an enterprise, an industry or an area, showing only what is public, and R13's completeness.</summary>
public abstract class PortalTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task Anyone_finds_the_union_of_an_enterprise_by_its_credit_code_or_name_and_sees_only_what_is_public()
    {
        using var admin = await app.ClientAsAsync("admin");
        using var anyone = app.AnonymousClient();
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var industrial = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new
        {
            code = $"MH-{tag}", name = $"门户测试产业工会{tag}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector = "cultural-creative",
            chairName = "王主席", contactPhone = "010-65001234", contactEmail = $"mh{tag}@example.cn".ToLowerInvariant(), address = "朝阳区测试路 1 号",
        }), HttpStatusCode.Created))["id"]!;
        var grassroots = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"MH1-{tag}", name = $"门户测试基层工会{tag}", kind = "grassroots-union", parentId = industrial }),
            HttpStatusCode.Created))["id"]!;
        var covered = EnterpriseApiTests.NewCreditCode();
        await OkAsync(await admin.PostJsonAsync("/api/v1/enterprises", new { name = $"门户测试传媒有限公司{tag}", creditCode = covered, industrySection = "R", subDistrict = "建外街道", unionId = grassroots }),
            HttpStatusCode.Created);
        var uncovered = EnterpriseApiTests.NewCreditCode();
        await OkAsync(await admin.PostJsonAsync("/api/v1/enterprises", new { name = $"门户测试未建会公司{tag}", creditCode = uncovered, industrySection = "R", subDistrict = "建外街道" }),
            HttpStatusCode.Created);

        // By credit code: the union that covers the enterprise; an enterprise without a union: its area's federation.
        var byCode = (await OkAsync(await anyone.GetAsync($"/api/v1/public/directory?q={covered}")))["items"]!.AsArray().Single()!;
        Assert.Equal((grassroots, $"门户测试传媒有限公司{tag}", false), ((long)byCode["id"]!, (string)byCode["foundBy"]!, (bool)byCode["uncovered"]!));
        var byArea = (await OkAsync(await anyone.GetAsync($"/api/v1/public/directory?q={uncovered}")))["items"]!.AsArray().Single()!;
        Assert.Equal((await app.UnionIdAsync("CY-A01"), true), ((long)byArea["id"]!, (bool)byArea["uncovered"]!));
        Assert.Empty((await OkAsync(await anyone.GetAsync("/api/v1/public/directory?q=91110105MA00000000")))["items"]!.AsArray());
        Assert.Equal(0, (int)(await OkAsync(await anyone.GetAsync("/api/v1/public/directory?q=门")))["total"]!); // one character finds nothing
        var byName = (await OkAsync(await anyone.GetAsync($"/api/v1/public/directory?q={Uri.EscapeDataString("门户测试产业工会" + tag)}")))["items"]!.AsArray();
        Assert.Equal([industrial], byName.Select(h => (long)h!["id"]!));
        var bySector = (await OkAsync(await anyone.GetAsync("/api/v1/public/directory?sector=cultural-creative&pageSize=500&page=1")))["total"]!;
        Assert.True((int)bySector >= 2);

        // The union's page: the chair and phone always; the address unless hidden; the e-mail only when shown; nothing else.
        var page = await OkAsync(await anyone.GetAsync($"/api/v1/public/directory/{industrial}"));
        Assert.Equal(("王主席", "010-65001234", "朝阳区测试路 1 号"), ((string)page["chairName"]!, (string)page["phone"]!, (string)page["address"]!));
        Assert.Null(page["email"]);
        Assert.Equal(["address", "chairName", "designatedServices", "email", "id", "kind", "name", "officeHours", "parentId", "parentName", "phone", "sector", "servicesOffered"],
            page.AsObject().Select(p => p.Key).Order());
        var bad = await OkAsync(await admin.PutJsonAsync($"/api/v1/union-listings/{industrial}", new { officeHours = new string('时', 101) }), HttpStatusCode.BadRequest);
        Assert.Equal(["officeHours"], bad["errors"]!.AsObject().Select(e => e.Key));
        var listing = await OkAsync(await admin.PutJsonAsync($"/api/v1/union-listings/{industrial}", new { addressPublic = false, emailPublic = true, officeHours = "工作日 9:00–17:00", servicesOffered = "法律咨询\n困难帮扶" }));
        Assert.Equal((true, 1L), ((bool)listing["complete"]!, (long)listing["version"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutJsonAsync($"/api/v1/union-listings/{industrial}", new { officeHours = "x", version = 0 })).StatusCode);
        page = await OkAsync(await anyone.GetAsync($"/api/v1/public/directory/{industrial}"));
        Assert.Equal((null, $"mh{tag}@example.cn".ToLowerInvariant(), "工作日 9:00–17:00"), ((string?)page["address"], (string)page["email"]!, (string)page["officeHours"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/api/v1/public/directory/99999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anyone.GetAsync("/api/v1/public/directory/abc")).StatusCode);

        // Another union's staff neither change its listing nor see it among theirs.
        using var hitech = await app.ClientAsAsync("hitech-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PutJsonAsync($"/api/v1/union-listings/{industrial}", new { officeHours = "x", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/union-listings/{industrial}")).StatusCode);

        // The public pages: plain HTML from the server, none of the console's scripts or styles.
        var html = await (await anyone.GetAsync($"/portal?q={covered}")).Content.ReadAsStringAsync();
        Assert.Contains($"门户测试基层工会{tag}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ant-design", html, StringComparison.Ordinal);
        var union = await anyone.GetAsync($"/portal/unions/{industrial}");
        Assert.Contains("工作日 9:00–17:00", await union.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/portal/unions/99999999")).StatusCode);

        // R13: one of the two unions lacks a chair and phone; once it has them, the directory is complete.
        var r13 = (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={industrial}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R13")!;
        Assert.Equal(("not-met", 0.5m, 1m), ((string)r13["status"]!, (decimal)r13["value"]!, (decimal)r13["threshold"]!));
        var incomplete = (await OkAsync(await admin.GetAsync($"/api/v1/union-listings?underUnionId={industrial}&incomplete=true")))["items"]!.AsArray();
        Assert.Equal([grassroots], incomplete.Select(i => (long)i!["unionId"]!));
        var grassrootsNow = await OkAsync(await admin.GetAsync($"/api/v1/unions/{grassroots}"));
        await OkAsync(await admin.PutJsonAsync($"/api/v1/unions/{grassroots}", new
        {
            code = $"MH1-{tag}", name = $"门户测试基层工会{tag}", kind = "grassroots-union", parentId = industrial, chairName = "李主席", contactPhone = "13800000000",
            version = (long)grassrootsNow["version"]!,
        }));
        r13 = (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={industrial}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R13")!;
        Assert.Equal(("met", 1m), ((string)r13["status"]!, (decimal)r13["value"]!));
    }

    [Fact]
    public async Task The_directory_is_limited_per_address()
    {
        await using var limited = new SecondInstance(app.Database, new Dictionary<string, string> { ["Portal:PerAddressPerMinute"] = "3" });
        using var anyone = limited.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/api/v1/public/directory?sector=manufacturing")).StatusCode);
        }

        var refused = await anyone.GetAsync("/api/v1/public/directory?sector=manufacturing");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anyone.GetAsync("/portal")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class PortalTestsOnSqlite(SqliteApp app) : PortalTests(app);

[Collection("postgres")]
public sealed class PortalTestsOnPostgres(PostgresApp app) : PortalTests(app);
