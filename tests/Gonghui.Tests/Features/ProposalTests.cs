using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Representatives' proposals and suggestions (issue 17, R12): submitted, reviewed and assigned, answered, rated, reopened once; overdue in the deadlines; counted on the scorecard.</summary>
public abstract class ProposalTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static IEnumerable<string> Keys(JsonNode problem) => problem["errors"]!.AsObject().Select(x => x.Key).Order();

    /// <summary>Last year, so that every due day has passed and R12 judges it.</summary>
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year - 1;

    [Fact]
    public async Task A_proposal_goes_from_submission_to_an_unsatisfied_rating_is_reopened_once_and_moves_R12()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var union = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new
        {
            code = $"TA-{tag}", name = $"提案测试产业工会{tag}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector = "services",
        }), HttpStatusCode.Created))["id"]!;
        var term = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/congress-terms", new
        {
            unionId = union, kind = "members-congress", number = 1, startsOn = $"{Year - 1}-03-01", endsOn = $"{Year + 3}-02-28", permanentRepresentatives = true,
        }), HttpStatusCode.Created))["id"]!;
        var session = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/congress-sessions", new { termId = term, number = 1, kind = "annual", heldOn = $"{Year}-03-20", entitled = 30, present = 28 }), HttpStatusCode.Created))["id"]!;
        var reps = new List<JsonNode>();
        for (var i = 0; i < 3; i++)
        {
            var member = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = $"提案代表{i}", idNumber = MemberApiTests.NewIdNumber(), unionId = union }), HttpStatusCode.Created))["id"]!;
            reps.Add(await OkAsync(await admin.PostJsonAsync("/api/v1/representatives", new
            {
                termId = term, memberId = member, constituency = $"第{i}选区", constituencyKind = "enterprise", electedOn = $"{Year - 1}-03-01", frontLine = true,
            }), HttpStatusCode.Created));
        }

        long Rep(int i) => (long)reps[i]["id"]!;
        await OkAsync(await admin.PostJsonAsync($"/api/v1/representatives/{Rep(2)}/end", new { kind = "resigned", endedOn = $"{Year}-01-31", reason = "调离", version = (long)reps[2]["version"]! }));
        async Task<JsonNode> R12() => (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={union}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R12")!;
        JsonNode Figure(JsonNode r12, string key) => r12["figures"]!.AsArray().Single(f => (string)f!["key"]! == key)!;
        Assert.Null(Figure(await R12(), "proposalsOnTime")["meets"]); // nothing to judge: shown, not counted

        var bad = await OkAsync(await admin.PostJsonAsync("/api/v1/proposals", new { termId = term, title = " ", submittedOn = $"{Year + 2}-01-01", proposerIds = Array.Empty<long>() }), HttpStatusCode.BadRequest);
        Assert.Equal(["category", "kind", "proposerIds", "submittedOn", "title"], Keys(bad));
        Assert.Equal(["kind"], Keys(await OkAsync(await admin.PostJsonAsync("/api/v1/proposals", new { termId = term, kind = "motion" }), HttpStatusCode.BadRequest)));
        var resigned = await OkAsync(await admin.PostJsonAsync("/api/v1/proposals", new
        {
            termId = term, kind = "proposal", category = "wages", title = "提高夜班津贴", submittedOn = $"{Year}-04-01", proposerIds = new[] { Rep(0), Rep(2) },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["proposerIds"], Keys(resigned)); // the third left in January

        var proposal = await OkAsync(await admin.PostJsonAsync("/api/v1/proposals", new
        {
            termId = term, sessionId = session, kind = "proposal", category = "wages", title = "提高夜班津贴", content = "夜班津贴多年未调整。", submittedOn = $"{Year}-03-20",
            proposerIds = new[] { Rep(0), Rep(1) },
        }), HttpStatusCode.Created);
        var id = (long)proposal["id"]!;
        Assert.Equal(("submitted", 2, 1), ((string)proposal["status"]!, proposal["proposers"]!.AsArray().Count, (int)proposal["sessionNumber"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answeredOn = $"{Year}-04-10", answer = "已调整", version = (long)proposal["version"]! })).StatusCode);
        proposal = await OkAsync(await admin.PutJsonAsync($"/api/v1/proposals/{id}", new
        {
            termId = term, sessionId = session, kind = "proposal", category = "wages", title = "提高夜班津贴标准", content = "夜班津贴多年未调整。", submittedOn = $"{Year}-03-20",
            proposerIds = new[] { Rep(1), Rep(0) }, version = (long)proposal["version"]!,
        }));
        Assert.Equal("提高夜班津贴标准", (string)proposal["title"]!);

        // The committee turns it into a suggestion to management, due the district's 30 days on.
        var badReview = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/review", new { kind = "suggestion", reviewedOn = $"{Year}-03-01", assignee = "", version = (long)proposal["version"]! }), HttpStatusCode.BadRequest);
        Assert.Equal(["assignee", "assigneeKind", "reviewedOn"], Keys(badReview));
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/review", new
        {
            kind = "suggestion", reviewedOn = $"{Year}-04-01", assigneeKind = "management", assignee = "人力资源部", version = (long)proposal["version"]!,
        }));
        Assert.Equal(("suggestion", "assigned", $"{Year}-05-01"), ((string)proposal["kind"]!, (string)proposal["status"]!, (string)proposal["rounds"]![0]!["dueOn"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutJsonAsync($"/api/v1/proposals/{id}", new
        {
            termId = term, kind = "proposal", category = "wages", title = "改", submittedOn = $"{Year}-03-20", proposerIds = new[] { Rep(0) }, version = (long)proposal["version"]!,
        })).StatusCode);

        // Answered nine days late, and the proposers are not satisfied.
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answeredOn = $"{Year}-05-10", answer = "下季度研究。", version = (long)proposal["version"]! }));
        Assert.False((bool)proposal["rounds"]![0]!["onTime"]!);
        Assert.Equal(["ratedOn"], Keys(await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/rate", new { rating = "dissatisfied", ratedOn = $"{Year}-05-01", version = (long)proposal["version"]! }), HttpStatusCode.BadRequest)));
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/rate", new { rating = "dissatisfied", ratedOn = $"{Year}-05-20", version = (long)proposal["version"]! }));
        Assert.Equal(("closed", true), ((string)proposal["status"]!, (bool)proposal["canReopen"]!));
        var unsatisfied = await R12();
        Assert.Equal((0m, false), ((decimal)Figure(unsatisfied, "proposalsOnTime")["value"]!, (bool)Figure(unsatisfied, "proposalsOnTime")["meets"]!));
        Assert.Equal((0m, false), ((decimal)Figure(unsatisfied, "proposalSatisfaction")["value"]!, (bool)Figure(unsatisfied, "proposalSatisfaction")["meets"]!));
        Assert.Equal("not-met", (string)unsatisfied["status"]!);
        Assert.Contains(unsatisfied["evidence"]!.AsArray(), e => (string)e!["kind"]! == "proposal" && (long)e["id"]! == id && !(bool)e["meets"]!);

        // Reopened once, with the reason; the same department answers in time and the proposers are satisfied.
        Assert.Equal(["reason"], Keys(await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/reopen", new { reopenedOn = $"{Year}-05-25", version = (long)proposal["version"]! }), HttpStatusCode.BadRequest)));
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/reopen", new
        {
            reopenedOn = $"{Year}-05-25", reason = "答复未提出具体措施", dueOn = $"{Year}-06-30", version = (long)proposal["version"]!,
        }));
        Assert.Equal(("assigned", 2, "人力资源部"), ((string)proposal["status"]!, proposal["rounds"]!.AsArray().Count, (string)proposal["rounds"]![1]!["assignee"]!));
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answeredOn = $"{Year}-06-30", answer = "夜班津贴自7月起每班提高20元。", version = (long)proposal["version"]! }));
        Assert.True((bool)proposal["rounds"]![1]!["onTime"]!); // on the due day itself
        proposal = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{id}/rate", new { rating = "basically-satisfied", ratedOn = $"{Year}-07-05", version = (long)proposal["version"]! }));
        Assert.False((bool)proposal["canReopen"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/proposals/{id}/reopen", new { reopenedOn = $"{Year}-07-06", reason = "再议", version = (long)proposal["version"]! })).StatusCode);

        // A second one, assigned and never answered: overdue.
        var late = await OkAsync(await admin.PostJsonAsync("/api/v1/proposals", new
        {
            termId = term, kind = "proposal", category = "safety-health", title = "车间通风改造", submittedOn = $"{Year}-08-01", proposerIds = new[] { Rep(1) },
        }), HttpStatusCode.Created);
        late = await OkAsync(await admin.PostJsonAsync($"/api/v1/proposals/{(long)late["id"]!}/review", new
        {
            kind = "proposal", reviewedOn = $"{Year}-08-02", assigneeKind = "union-office", assignee = "劳动保护部", dueOn = $"{Year}-08-31", version = (long)late["version"]!,
        }));
        Assert.True((bool)late["overdue"]!);
        var deadlines = (await OkAsync(await admin.GetAsync($"/api/v1/deadlines?unionId={union}&overdueOnly=true"))).AsArray();
        Assert.Contains(deadlines, d => (string)d!["kind"]! == "proposal" && (long)d["recordId"]! == (long)late["id"]! && (bool)d["overdue"]!);
        var overdue = await OkAsync(await admin.GetAsync($"/api/v1/proposals?unionId={union}&overdue=true"));
        Assert.Equal([(long)late["id"]!], overdue["items"]!.AsArray().Select(x => (long)x!["id"]!));

        // Three assignments judged (late, on time, overdue); one rated, basically satisfied.
        var tally = (await OkAsync(await admin.GetAsync($"/api/v1/proposals/tallies?year={Year}"))).AsArray().Single(r => (long)r!["unionId"]! == union)!;
        Assert.Equal((2, 1, 1), ((int)tally["submitted"]!, (int)tally["proposals"]!, (int)tally["suggestions"]!));
        Assert.Equal((3, 1, 1, 1, 1), ((int)tally["tally"]!["roundsDue"]!, (int)tally["tally"]!["onTime"]!, (int)tally["tally"]!["overdue"]!, (int)tally["tally"]!["rated"]!, (int)tally["tally"]!["satisfied"]!));
        var r12 = await R12();
        Assert.Equal((0.3333m, false), ((decimal)Figure(r12, "proposalsOnTime")["value"]!, (bool)Figure(r12, "proposalsOnTime")["meets"]!));
        Assert.Equal((1m, true), ((decimal)Figure(r12, "proposalSatisfaction")["value"]!, (bool)Figure(r12, "proposalSatisfaction")["meets"]!));
        Assert.Equal("not-met", (string)r12["status"]!);
        Assert.Equal("0.9", (string)r12["parameters"]!["Proposals:OnTimeTarget"]!);

        var report = await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={Year}&unionId={union}"));
        Assert.Equal("2", (string)report["figures"]!.AsArray().Single(f => (string)f!["key"]! == "Proposals")!["value"]!);

        var list = await OkAsync(await admin.GetAsync($"/api/v1/proposals?unionId={union}&q=提案代表1"));
        Assert.Equal(2, (int)list["total"]!);
        Assert.Contains("车间通风改造", await (await admin.GetAsync($"/api/v1/proposals/export?unionId={union}&format=csv")).Content.ReadAsStringAsync());

        using var hitech = await app.ClientAsAsync("hitech-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/proposals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync($"/api/v1/proposals/{(long)late["id"]!}/answer", new { answeredOn = $"{Year}-09-01", answer = "越权", version = (long)late["version"]! })).StatusCode);
        Assert.DoesNotContain((await OkAsync(await hitech.GetAsync($"/api/v1/proposals/tallies?year={Year}"))).AsArray(), r => (long)r!["unionId"]! == union);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/proposals/{(long)late["id"]!}?version={(long)late["version"]!}")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class ProposalTestsOnSqlite(SqliteApp app) : ProposalTests(app);

[Collection("postgres")]
public sealed class ProposalTestsOnPostgres(PostgresApp app) : ProposalTests(app);
