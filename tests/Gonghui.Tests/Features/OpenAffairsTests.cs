using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Open union affairs (issue 17, R2): items published, checked against the district's yearly list per industrial union.</summary>
public abstract class OpenAffairsTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    [Fact]
    public async Task A_union_publishes_what_the_district_asks_and_the_list_shows_what_is_still_owed()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var gx = await app.UnionIdAsync("CY-GX");
        var year = DateTime.UtcNow.AddHours(8).Year - 1;
        async Task<JsonNode> Row() => (await OkAsync(await staff.GetAsync($"/api/v1/affairs-notices/by-union?year={year}"))).AsArray().Single(r => (long)r!["unionId"]! == gx)!;

        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/affairs-notices", new
        {
            unionId = gx, category = "finances", channel = "notice-board", title = " ", publishedOn = $"{year}-06-01", shownUntil = $"{year}-05-01",
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["shownUntil", "title"], bad["errors"]!.AsObject().Select(x => x.Key).Order());
        var future = await OkAsync(await staff.PostJsonAsync("/api/v1/affairs-notices", new { unionId = gx, category = "finances", channel = "online", title = "明年的公开", publishedOn = $"{year + 3}-01-01" }), HttpStatusCode.BadRequest);
        Assert.Equal(["publishedOn"], future["errors"]!.AsObject().Select(x => x.Key));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostJsonAsync("/api/v1/affairs-notices", new
        {
            unionId = await app.UnionIdAsync("CY-JY"), category = "finances", channel = "online", title = "别家的公开", publishedOn = $"{year}-03-01",
        })).StatusCode);

        var finances = await OkAsync(await staff.PostJsonAsync("/api/v1/affairs-notices", new
        {
            unionId = gx, category = "finances", channel = "notice-board", title = "上年度经费收支情况", publishedOn = $"{year}-03-01", shownUntil = $"{year}-03-15",
        }), HttpStatusCode.Created);
        var row = await Row();
        Assert.Contains("elections", row["missing"]!.AsArray().Select(x => (string)x!));
        Assert.DoesNotContain("finances", row["missing"]!.AsArray().Select(x => (string)x!));
        Assert.False((bool)row["met"]!);

        foreach (var (category, title) in new[] { ("elections", "主席候选人公示"), ("resolutions", "大会决议落实情况") })
        {
            await OkAsync(await staff.PostJsonAsync("/api/v1/affairs-notices", new { unionId = gx, category, channel = "online", title, publishedOn = $"{year}-09-01" }), HttpStatusCode.Created);
        }

        Assert.True((bool)(await Row())["met"]!);
        var edited = await OkAsync(await staff.PutJsonAsync($"/api/v1/affairs-notices/{(long)finances["id"]!}", new
        {
            category = "assistance", channel = "meeting", title = "困难帮扶名单", publishedOn = $"{year}-03-01", version = (long)finances["version"]!,
        }));
        Assert.Equal("assistance", (string)edited["category"]!);
        Assert.False((bool)(await Row())["met"]!);
        var export = await staff.GetAsync($"/api/v1/affairs-notices/export?year={year}&unionId={gx}&format=csv");
        Assert.Contains("困难帮扶名单", await export.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/affairs-notices/{(long)edited["id"]!}?version={(long)edited["version"]!}")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class OpenAffairsTestsOnSqlite(SqliteApp app) : OpenAffairsTests(app);

[Collection("postgres")]
public sealed class OpenAffairsTestsOnPostgres(PostgresApp app) : OpenAffairsTests(app);
