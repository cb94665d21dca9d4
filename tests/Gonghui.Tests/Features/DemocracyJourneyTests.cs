using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>
/// Issue 17 end to end for one new industrial union and year: its congress from convening to the approved election, open
/// affairs, members' evaluation, a representatives' proposal rated unsatisfied and reopened, a service station scored and
/// a Workers' Home commended in an award round — and R2, R3 and R12 moving on the scorecard with their evidence.
/// </summary>
public abstract class DemocracyJourneyTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year - 1;

    [Fact]
    public async Task A_union_s_year_of_democracy_and_service_posts_moves_R2_R3_and_R12_with_their_evidence()
    {
        using var admin = await app.ClientAsAsync("admin");
        using var district = await app.ClientAsAsync("district-staff");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var union = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new
        {
            code = $"JR-{tag}", name = $"全程测试产业工会{tag}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector = "services",
        }), HttpStatusCode.Created))["id"]!;
        var grassroots = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"JR1-{tag}", name = $"全程测试基层{tag}", kind = "grassroots-union", parentId = union }), HttpStatusCode.Created))["id"]!;
        var members = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            members.Add((long)(await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = $"全程会员{i}{tag}", idNumber = MemberApiTests.NewIdNumber(), unionId = union }), HttpStatusCode.Created))["id"]!);
        }

        async Task<Dictionary<string, JsonNode>> Verdicts() => (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={union}")))["items"]!.AsArray()
            .Where(i => (string)i!["rule"]! is "R2" or "R3" or "R12").ToDictionary(i => (string)i!["rule"]!, i => i!);
        static bool? Figure(JsonNode verdict, string key) => (bool?)verdict["figures"]!.AsArray().Single(f => (string)f!["key"]! == key)!["meets"];
        static IEnumerable<string> Kinds(JsonNode verdict) => verdict["evidence"]!.AsArray().Select(e => (string)e!["kind"]!).Distinct();
        var before = await Verdicts();
        Assert.Equal(("not-met", "not-met"), ((string)before["R2"]["status"]!, (string)before["R3"]["status"]!));
        Assert.Null(Figure(before["R12"], "proposalsOnTime"));

        // The congress: convened with its quorum, the chair elected, approved by the district; the registry's chair changes.
        var term = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/congress-terms", new
        {
            unionId = union, kind = "members-congress", number = 1, startsOn = $"{Year}-03-01", endsOn = $"{Year + 4}-02-28", permanentRepresentatives = true,
        }), HttpStatusCode.Created))["id"]!;
        var session = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/congress-sessions", new { termId = term, number = 1, kind = "election", heldOn = $"{Year}-03-01", entitled = 30, present = 25 }), HttpStatusCode.Created))["id"]!;
        var election = await OkAsync(await admin.PostJsonAsync("/api/v1/elections", new
        {
            sessionId = session, office = "chair", seats = 1, ballotsIssued = 25, ballotsReturned = 25, candidates = new[] { new { memberId = members[0], votes = 24 } },
        }), HttpStatusCode.Created);
        var submitted = await OkAsync(await admin.PostJsonAsync($"/api/v1/elections/{(long)election["id"]!}/submission", new { version = (long)election["version"]! }));
        await OkAsync(await district.PostJsonAsync($"/api/v1/elections/{(long)election["id"]!}/approval", new { version = (long)submitted["version"]! }));
        Assert.Equal($"全程会员0{tag}", (string)(await OkAsync(await admin.GetAsync($"/api/v1/unions/{union}")))["chairName"]!);
        Assert.Single((await OkAsync(await admin.GetAsync($"/api/v1/committee-seats?unionId={union}"))).AsArray());

        foreach (var category in new[] { "finances", "elections", "resolutions" })
        {
            await OkAsync(await admin.PostJsonAsync("/api/v1/affairs-notices", new { unionId = union, category, channel = "online", title = $"{category} 公开", publishedOn = $"{Year}-05-01" }), HttpStatusCode.Created);
        }

        await OkAsync(await admin.PostJsonAsync("/api/v1/evaluations", new { unionId = union, subject = "chair", heldOn = $"{Year}-10-01", ballotsIssued = 25, satisfied = 18, basicallySatisfied = 3, dissatisfied = 4 }), HttpStatusCode.Created);
        var r2 = (await Verdicts())["R2"];
        Assert.Equal(("met", 3), ((string)r2["status"]!, (int)r2["value"]!));
        Assert.Equal(["affairs-notice", "congress-session", "evaluation"], Kinds(r2).Order());

        // A representatives' proposal: answered in time, rated unsatisfied, reopened, answered in time again and rated satisfied.
        var reps = new List<long>();
        foreach (var member in members.Skip(1))
        {
            reps.Add((long)(await OkAsync(await admin.PostJsonAsync("/api/v1/representatives", new
            {
                termId = term, memberId = member, constituency = "一车间", constituencyKind = "workshop", electedOn = $"{Year}-03-01", frontLine = true,
            }), HttpStatusCode.Created))["id"]!);
        }

        var proposal = await OkAsync(await admin.PostJsonAsync("/api/v1/proposals", new
        {
            termId = term, sessionId = session, kind = "proposal", category = "safety-health", title = "更换车间防护用品", submittedOn = $"{Year}-03-01", proposerIds = reps,
        }), HttpStatusCode.Created);
        var id = (long)proposal["id"]!;
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/review", new { kind = "proposal", reviewedOn = $"{Year}-03-05", assigneeKind = "management", assignee = "安全部", version = (long)proposal["version"]! }));
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answeredOn = $"{Year}-03-25", answer = "研究中", version = (long)proposal["version"]! }));
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/rate", new { rating = "dissatisfied", ratedOn = $"{Year}-03-28", version = (long)proposal["version"]! }));
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/reopen", new { reopenedOn = $"{Year}-04-01", reason = "没有时间表", version = (long)proposal["version"]! }));
        Assert.Equal(("assigned", 2), ((string)proposal["status"]!, proposal["rounds"]!.AsArray().Count));
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answeredOn = $"{Year}-04-20", answer = "五月底前全部更换", version = (long)proposal["version"]! }));
        await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/rate", new { rating = "satisfied", ratedOn = $"{Year}-06-01", version = (long)proposal["version"]! }));
        var r12 = (await Verdicts())["R12"];
        Assert.Equal((true, true), (Figure(r12, "proposalsOnTime"), Figure(r12, "proposalSatisfaction")));
        Assert.Contains("proposal", Kinds(r12));

        // A station scored over the threshold, a home built as one with its union and commended in the district's round.
        var station = await OkAsync(await admin.PostJsonAsync("/api/v1/service-stations", new
        {
            unionId = union, name = "全程测试服务站", kind = "community", address = "朝阳区测试路 1 号", staff = 2, stationIntegrated = true, openedOn = $"{Year}-01-05",
        }), HttpStatusCode.Created);
        await OkAsync(await admin.PostJsonAsync($"/api/v1/service-stations/{(long)station["id"]!}/scores", new
        {
            scoredOn = $"{Year}-06-01", items = new[] { new { item = "sign", points = 15 }, new { item = "premises", points = 20 }, new { item = "staff", points = 15 }, new { item = "services", points = 20 }, new { item = "hours", points = 10 } },
            version = (long)station["version"]!,
        }));
        var home = await OkAsync(await admin.PostJsonAsync("/api/v1/workers-homes", new { unionId = grassroots, kind = "home", name = "全程测试职工之家", builtOn = $"{Year}-01-10", homeIntegrated = true }), HttpStatusCode.Created);
        var round = await OkAsync(await admin.PostJsonAsync("/api/v1/award-rounds", new
        {
            year = Year, level = "district-model", name = $"全程测试评选{tag}", passScore = 80, nominationsCloseOn = $"{Year}-09-30",
        }), HttpStatusCode.Created);
        var nominated = await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{(long)round["id"]!}/nominations", new { homeId = (long)home["id"]!, nominatedOn = $"{Year}-09-01", reason = "职工满意" }), HttpStatusCode.Created);
        var nomination = nominated["nominations"]![0]!;
        nomination = (await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{(long)round["id"]!}/nominations/{(long)nomination["id"]!}/score", new { score = 90, version = (long)nomination["version"]! })))["nominations"]![0]!;
        await OkAsync(await admin.PostJsonAsync($"/api/v1/award-rounds/{(long)round["id"]!}/nominations/{(long)nomination["id"]!}/decide", new { commend = true, decidedOn = $"{Year}-11-01", version = (long)nomination["version"]! }));
        var r3 = (await Verdicts())["R3"];
        Assert.Equal(("met", 5, 5), ((string)r3["status"]!, (int)r3["value"]!, (int)r3["threshold"]!)); // 80 points, the threshold itself; one grassroots union, its home as one, one title
        Assert.Equal(["home-title", "service-station", "workers-home"], Kinds(r3).Order());
    }
}

[Collection("sqlite")]
public sealed class DemocracyJourneyTestsOnSqlite(SqliteApp app) : DemocracyJourneyTests(app);

[Collection("postgres")]
public sealed class DemocracyJourneyTestsOnPostgres(PostgresApp app) : DemocracyJourneyTests(app);
