using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Service stations and Workers' Homes (issue 17, R3): registered, scored against the checklist, commended and revoked, and R3 moving with them.</summary>
public abstract class FrontlineTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static IEnumerable<string> Keys(JsonNode problem) => problem["errors"]!.AsObject().Select(x => x.Key).Order();

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year - 1;

    private static object[] Points(int sign, int premises, int staff, int hours, int services, int records) =>
    [
        new { item = "sign", points = sign }, new { item = "premises", points = premises }, new { item = "staff", points = staff },
        new { item = "hours", points = hours }, new { item = "services", points = services }, new { item = "records", points = records },
    ];

    [Fact]
    public async Task Stations_scored_and_homes_built_commended_and_revoked_move_R3()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        async Task<long> Union(string code, string kind, long parent, string? sector = null) =>
            (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"{code}-{tag}", name = $"阵地测试{code}{tag}", kind, parentId = parent, sector }), HttpStatusCode.Created))["id"]!;
        var union = await Union("ZD", "industrial-union", await app.UnionIdAsync("CY"), "services");
        var first = await Union("ZD1", "grassroots-union", union);
        var second = await Union("ZD2", "grassroots-union", union);
        async Task<JsonNode> R3() => (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={union}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R3")!;
        bool? Part(JsonNode r3, string key) => (bool?)r3["figures"]!.AsArray().Single(f => (string)f!["key"]! == key)!["meets"];

        var none = await R3();
        Assert.Equal(("not-met", 0, 4), ((string)none["status"]!, (int)none["value"]!, (int)none["threshold"]!)); // the home shares of two grassroots unions are judged, not the one of no homes

        var bad = await OkAsync(await admin.PostJsonAsync("/api/v1/service-stations", new { unionId = union, name = " ", staff = -1, openedOn = $"{Year + 2}-01-01" }), HttpStatusCode.BadRequest);
        Assert.Equal(["address", "kind", "name", "openedOn", "staff"], Keys(bad));
        async Task<JsonNode> Station(long runBy, string name, bool integrated) => await OkAsync(await admin.PostJsonAsync("/api/v1/service-stations", new
        {
            unionId = runBy, name, kind = "industrial-park", address = "朝阳区望京街 1 号", hours = "周一至周五 9:00-17:00", staff = 2, services = "法律咨询、心理疏导", stationIntegrated = integrated,
            openedOn = $"{Year}-01-10",
        }), HttpStatusCode.Created);
        var a = await Station(union, "望京园区职工服务站", true);
        var b = await Station(first, "酒仙桥楼宇职工服务站", false);

        var over = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-stations/{(long)a["id"]!}/scores", new { scoredOn = $"{Year}-06-01", items = Points(16, 20, 15, 15, 20, 15), version = (long)a["version"]! }), HttpStatusCode.BadRequest);
        Assert.Equal(["items[0].points"], Keys(over)); // the sign weighs 15
        a = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-stations/{(long)a["id"]!}/scores", new { scoredOn = $"{Year}-06-01", items = Points(15, 20, 10, 10, 15, 15), version = (long)a["version"]! }));
        Assert.Equal((85m, true), ((decimal)a["scores"]![0]!["total"]!, (bool)a["scores"]![0]!["standardised"]!));
        b = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-stations/{(long)b["id"]!}/scores", new { scoredOn = $"{Year}-06-02", items = Points(15, 20, 15, 10, 14, 5), version = (long)b["version"]! }));
        Assert.Equal((79m, false), ((decimal)b["scores"]![0]!["total"]!, (bool)b["scores"]![0]!["standardised"]!));
        var stations = await R3();
        Assert.Equal((false, true), (Part(stations, "stationsStandardised"), Part(stations, "stationsIntegrated"))); // one of two; one of two as one
        Assert.Contains(stations["evidence"]!.AsArray(), e => (string)e!["kind"]! == "service-station" && (long)e["id"]! == (long)b["id"]! && !(bool)e["meets"]!);

        // Rescored after its records were put in order: the year's second score replaces the first.
        b = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-stations/{(long)b["id"]!}/scores", new { scoredOn = $"{Year}-09-01", items = Points(15, 20, 15, 10, 14, 6), version = (long)b["version"]! }));
        Assert.Equal((1, 80m), (b["scores"]!.AsArray().Count, (decimal)b["scores"]![0]!["total"]!));
        Assert.True(Part(await R3(), "stationsStandardised"));
        var listed = await OkAsync(await admin.GetAsync($"/api/v1/service-stations?year={Year}&unionId={first}"));
        Assert.Equal((80m, true), ((decimal)listed["items"]![0]!["total"]!, (bool)listed["items"]![0]!["standardised"]!));
        Assert.Contains("酒仙桥楼宇职工服务站", await (await admin.GetAsync($"/api/v1/service-stations/export?year={Year}&q=酒仙桥&format=csv")).Content.ReadAsStringAsync());

        Assert.Equal(["unionId"], Keys(await OkAsync(await admin.PostJsonAsync("/api/v1/workers-homes", new { unionId = union, kind = "home", name = "产业工会之家", builtOn = $"{Year}-02-01" }), HttpStatusCode.BadRequest)));
        var home = await OkAsync(await admin.PostJsonAsync("/api/v1/workers-homes", new { unionId = first, kind = "home", name = "酒仙桥职工之家", builtOn = $"{Year}-02-01", homeIntegrated = true }), HttpStatusCode.Created);
        home = await OkAsync(await admin.PostJsonAsync($"/api/v1/workers-homes/{(long)home["id"]!}/titles", new { level = "district-model", year = Year, source = "区总工会命名文件", version = (long)home["version"]! }));
        Assert.Equal(["level"], Keys(await OkAsync(await admin.PostJsonAsync($"/api/v1/workers-homes/{(long)home["id"]!}/titles", new { level = "district-model", year = Year, version = (long)home["version"]! }), HttpStatusCode.BadRequest)));
        var oneHome = await R3();
        Assert.Equal((false, true, true), (Part(oneHome, "homesBuilt"), Part(oneHome, "homesIntegrated"), Part(oneHome, "homesCommended"))); // one of two grassroots unions
        Assert.Equal(("not-met", 4, 5), ((string)oneHome["status"]!, (int)oneHome["value"]!, (int)oneHome["threshold"]!));

        await OkAsync(await admin.PostJsonAsync("/api/v1/workers-homes", new { unionId = second, kind = "home", name = "二号职工之家", builtOn = $"{Year}-03-01" }), HttpStatusCode.Created);
        var met = await R3();
        Assert.Equal(("met", 5, 5), ((string)met["status"]!, (int)met["value"]!, (int)met["threshold"]!)); // both built, one of two as one (50%)

        // The title is taken back in December: none in force at the year's end.
        var titleId = (long)home["titles"]![0]!["id"]!;
        Assert.Equal(["reason"], Keys(await OkAsync(await admin.PostJsonAsync($"/api/v1/workers-homes/{(long)home["id"]!}/titles/{titleId}/revoke", new { revokedOn = $"{Year}-12-01", version = (long)home["version"]! }), HttpStatusCode.BadRequest)));
        home = await OkAsync(await admin.PostJsonAsync($"/api/v1/workers-homes/{(long)home["id"]!}/titles/{titleId}/revoke", new { revokedOn = $"{Year}-12-01", reason = "复查不合格", version = (long)home["version"]! }));
        Assert.False((bool)home["titles"]![0]!["inForce"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/workers-homes/{(long)home["id"]!}/titles/{titleId}/revoke", new { revokedOn = $"{Year}-12-02", reason = "再次", version = (long)home["version"]! })).StatusCode);
        var revoked = await R3();
        Assert.Equal(("not-met", false), ((string)revoked["status"]!, Part(revoked, "homesCommended")));
        Assert.Equal(0, (int)(await OkAsync(await admin.GetAsync($"/api/v1/workers-homes?unionId={first}&titled=true")))["total"]!);

        var report = (await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={Year}&unionId={union}")))["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (string)f!["value"]!);
        Assert.Equal(("2", "2", "1"), (report["StationsScored"], report["WorkersHomesBuilt"], report["HomeTitlesGiven"])); // a title given and later revoked was still given that year

        using var hitech = await app.ClientAsAsync("hitech-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/service-stations/{(long)a["id"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync($"/api/v1/service-stations/{(long)a["id"]!}/scores", new { scoredOn = $"{Year}-10-01", items = Points(0, 0, 0, 0, 0, 0), version = (long)a["version"]! })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/workers-homes/{(long)home["id"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/service-stations/{(long)a["id"]!}?version={(long)a["version"]!}")).StatusCode);
    }

    [Fact]
    public async Task An_award_round_takes_the_unions_nominations_and_the_district_commends_one_whose_title_counts_for_R3()
    {
        using var admin = await app.ClientAsAsync("admin");
        using var hitech = await app.ClientAsAsync("hitech-staff");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var gx = await app.UnionIdAsync("CY-GX");
        var grassroots = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"PX-{tag}", name = $"评选测试{tag}", kind = "grassroots-union", parentId = gx }), HttpStatusCode.Created))["id"]!;
        var home = await OkAsync(await hitech.PostJsonAsync("/api/v1/workers-homes", new { unionId = grassroots, kind = "home", name = $"评选职工之家{tag}", builtOn = $"{Year - 2}-05-01", homeIntegrated = true }), HttpStatusCode.Created);
        var other = await OkAsync(await hitech.PostJsonAsync("/api/v1/workers-homes", new { unionId = grassroots, kind = "small-home", name = $"评选职工小家{tag}", builtOn = $"{Year - 1}-05-01" }), HttpStatusCode.Created);
        async Task<int> Commended() => (int)(await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={gx}")))["items"]!.AsArray()
            .Single(i => (string)i!["rule"]! == "R3")!["figures"]!.AsArray().Single(f => (string)f!["key"]! == "homesCommended")!["value"]!;
        var before = await Commended();

        var round = new { year = Year, level = "advanced", name = $"{Year} 年度先进职工之家评选{tag}", criteria = "组织健全、活动经常、职工满意", passScore = 85, nominationsCloseOn = $"{Year}-09-30" };
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync("/api/v1/award-rounds", round)).StatusCode); // the district's to open
        var opened = await OkAsync(await admin.PostJsonAsync("/api/v1/award-rounds", round), HttpStatusCode.Created);
        var id = (long)opened["id"]!;

        var late = await OkAsync(await hitech.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations", new { homeId = (long)home["id"]!, nominatedOn = $"{Year}-10-01", reason = "事迹" }), HttpStatusCode.BadRequest);
        Assert.Equal(["nominatedOn"], Keys(late)); // after the close
        await OkAsync(await hitech.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations", new { homeId = (long)home["id"]!, nominatedOn = $"{Year}-09-01", reason = "职工书屋常年开放" }), HttpStatusCode.Created);
        var both = await OkAsync(await hitech.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations", new { homeId = (long)other["id"]!, nominatedOn = $"{Year}-09-02", reason = "小家建设有特色" }), HttpStatusCode.Created);
        Assert.Equal(["homeId"], Keys(await OkAsync(await hitech.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations", new { homeId = (long)home["id"]!, nominatedOn = $"{Year}-09-03", reason = "再次" }), HttpStatusCode.BadRequest)));
        var first = both["nominations"]!.AsArray().Single(n => (long)n!["homeId"]! == (long)home["id"]!)!;
        var second = both["nominations"]!.AsArray().Single(n => (long)n!["homeId"]! == (long)other["id"]!)!;
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)first["id"]!}/score", new { score = 99, version = (long)first["version"]! })).StatusCode);

        // Scored 80 against a pass of 85: it cannot be commended; rescored 90, it is.
        var scored = await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)first["id"]!}/score", new { score = 80, version = (long)first["version"]! }));
        first = scored["nominations"]!.AsArray().Single(n => (long)n!["id"]! == (long)first["id"]!)!;
        Assert.Equal(["commend"], Keys(await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)first["id"]!}/decide", new { commend = true, decidedOn = $"{Year}-11-01", version = (long)first["version"]! }), HttpStatusCode.BadRequest)));
        scored = await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)first["id"]!}/score", new { score = 90, version = (long)first["version"]! }));
        first = scored["nominations"]!.AsArray().Single(n => (long)n!["id"]! == (long)first["id"]!)!;
        var decided = await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)first["id"]!}/decide", new { commend = true, decidedOn = $"{Year}-11-01", note = "区总工会命名", version = (long)first["version"]! }));
        Assert.Equal(("commended", true), ((string)decided["nominations"]!.AsArray().Single(n => (long)n!["id"]! == (long)first["id"]!)!["decision"]!, (bool)decided["nominations"]!.AsArray().Single(n => (long)n!["id"]! == (long)first["id"]!)!["titleInForce"]!));
        Assert.Equal(["commend"], Keys(await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)second["id"]!}/decide", new { commend = false, decidedOn = $"{Year}-11-01", version = (long)second["version"]! }), HttpStatusCode.BadRequest))); // not scored
        second = (await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)second["id"]!}/score", new { score = 70, version = (long)second["version"]! })))["nominations"]!.AsArray().Single(n => (long)n!["id"]! == (long)second["id"]!)!;
        var declined = await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)second["id"]!}/decide", new { commend = false, decidedOn = $"{Year}-11-01", version = (long)second["version"]! }));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/award-rounds/{id}/nominations/{(long)second["id"]!}/decide", new { commend = true, decidedOn = $"{Year}-11-02", version = (long)declined["nominations"]!.AsArray().Single(n => (long)n!["id"]! == (long)second["id"]!)!["version"]! })).StatusCode);

        var titled = await OkAsync(await hitech.GetAsync($"/api/v1/workers-homes/{(long)home["id"]!}"));
        Assert.Equal(("advanced", Year, $"{Year} 年度先进职工之家评选{tag}"), ((string)titled["titles"]![0]!["level"]!, (int)titled["titles"]![0]!["year"]!, (string)titled["titles"]![0]!["source"]!));
        Assert.Equal(before + 1, await Commended());
        var listed = (await OkAsync(await admin.GetAsync($"/api/v1/award-rounds?year={Year}&q={tag}")))["items"]![0]!;
        Assert.Equal((2, 1, 1), ((int)listed["nominations"]!, (int)listed["commended"]!, (int)listed["declined"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/award-rounds/{id}?version={(long)opened["version"]!}")).StatusCode);
        Assert.Contains(tag, await (await admin.GetAsync($"/api/v1/award-rounds/export?year={Year}&format=csv")).Content.ReadAsStringAsync());

        // Another union's staff see the round, not these nominations.
        using var education = await app.ClientAsAsync("jianwai-admin");
        Assert.Empty((await OkAsync(await education.GetAsync($"/api/v1/award-rounds/{id}")))["nominations"]!.AsArray());
    }
}

[Collection("sqlite")]
public sealed class FrontlineTestsOnSqlite(SqliteApp app) : FrontlineTests(app);

[Collection("postgres")]
public sealed class FrontlineTestsOnPostgres(PostgresApp app) : FrontlineTests(app);
