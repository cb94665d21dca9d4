using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Members' democratic evaluation (issue 17, R2) and R2 on the scorecard: congress, open affairs and evaluation, part by part.</summary>
public abstract class EvaluationTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year - 1;

    private static IEnumerable<string> Keys(JsonNode problem) => problem["errors"]!.AsObject().Select(x => x.Key).Order();

    [Fact]
    public async Task A_union_records_a_round_its_rate_is_held_to_the_target_and_members_matters_are_followed_up()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var gx = await app.UnionIdAsync("CY-GX");
        const string subject = "committee";

        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/evaluations", new
        {
            unionId = gx, subject, heldOn = $"{Year}-06-01", ballotsIssued = 100, satisfied = 80, basicallySatisfied = 20, dissatisfied = 5,
            issues = new[] { new { text = " ", followUp = "", resolvedOn = (string?)null }, new { text = "食堂", followUp = "", resolvedOn = (string?)$"{Year}-05-01" } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["issues[0].text", "issues[1].resolvedOn", "satisfied"], Keys(bad));
        Assert.Contains("105", (string)bad["errors"]!["satisfied"]![0]!);
        var empty = await OkAsync(await staff.PostJsonAsync("/api/v1/evaluations", new { unionId = gx, heldOn = $"{Year + 3}-01-01", ballotsIssued = 0, satisfied = -1 }), HttpStatusCode.BadRequest);
        Assert.Equal(["ballotsIssued", "heldOn", "satisfied", "subject"], Keys(empty));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostJsonAsync("/api/v1/evaluations", new
        {
            unionId = await app.UnionIdAsync("CY-JY"), subject, heldOn = $"{Year}-06-01", ballotsIssued = 10, satisfied = 10,
        })).StatusCode);

        var round = await OkAsync(await staff.PostJsonAsync("/api/v1/evaluations", new
        {
            unionId = gx, subject, heldOn = $"{Year}-06-01", ballotsIssued = 120, satisfied = 60, basicallySatisfied = 19, dissatisfied = 21, notes = "分会场同时进行",
            issues = new[] { new { text = "职工食堂价格偏高", followUp = "", resolvedOn = (string?)null } },
        }), HttpStatusCode.Created);
        Assert.Equal(0.79m, (decimal)round["rate"]!);
        Assert.False((bool)round["met"]!);
        Assert.Equal(100, (int)round["counted"]!);
        var id = (long)round["id"]!;
        var again = await OkAsync(await staff.PostJsonAsync("/api/v1/evaluations", new { unionId = gx, subject, heldOn = $"{Year}-11-01", ballotsIssued = 10, satisfied = 10 }), HttpStatusCode.BadRequest);
        Assert.Equal(["subject"], Keys(again));

        var followed = await OkAsync(await staff.PutJsonAsync($"/api/v1/evaluations/{id}", new
        {
            subject, heldOn = $"{Year}-06-01", ballotsIssued = 120, satisfied = 60, basicallySatisfied = 20, dissatisfied = 20, notes = "复核后更正",
            issues = new[] { new { text = "职工食堂价格偏高", followUp = "与餐饮公司重新议价，每餐降 2 元", resolvedOn = (string?)$"{Year}-08-15" } },
            version = (long)round["version"]!,
        }));
        Assert.True((bool)followed["met"]!);
        Assert.Equal($"{Year}-08-15", (string)followed["issues"]![0]!["resolvedOn"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutJsonAsync($"/api/v1/evaluations/{id}", new
        {
            subject, heldOn = $"{Year}-06-01", ballotsIssued = 120, satisfied = 60, version = (long)round["version"]!,
        })).StatusCode);

        var list = await OkAsync(await staff.GetAsync($"/api/v1/evaluations?year={Year}&unionId={gx}&subject={subject}"));
        var row = list["items"]!.AsArray().Single(r => (long)r!["id"]! == id)!;
        Assert.Equal(0, (int)row["openIssues"]!);
        Assert.Equal(0.8m, (decimal)row["rate"]!);
        using var education = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await education.GetAsync($"/api/v1/evaluations/{id}")).StatusCode);
        var export = await staff.GetAsync($"/api/v1/evaluations/export?year={Year}&unionId={gx}&format=csv");
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("120", csv);
        Assert.Contains("达标", csv);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/evaluations/{id}?version={(long)followed["version"]!}")).StatusCode);
        Assert.True(await app.DbAsync(db => Task.FromResult(db.AuditEntries.Any(e => e.EntityType == "Evaluation" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == "delete"))));
    }

    [Fact]
    public async Task R2_moves_on_the_scorecard_part_by_part_with_its_evidence()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var union = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new
        {
            code = $"MZ-{tag}", name = $"民主管理测试产业工会{tag}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector = "services",
        }), HttpStatusCode.Created))["id"]!;
        async Task<JsonNode> R2() => (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={union}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R2")!;
        bool Part(JsonNode r2, string key) => (bool)r2["figures"]!.AsArray().Single(f => (string)f!["key"]! == key)!["meets"]!;

        var none = await R2();
        Assert.Equal(("not-met", 0), ((string)none["status"]!, (int)none["value"]!));

        // The term began the year before; its first session fell short of two thirds, a later one had them.
        var term = await OkAsync(await admin.PostJsonAsync("/api/v1/congress-terms", new { unionId = union, kind = "members-congress", number = 1, startsOn = $"{Year - 1}-03-01", endsOn = $"{Year + 3}-02-28" }), HttpStatusCode.Created);
        var shortSession = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/congress-sessions", new { termId = (long)term["id"]!, number = 1, kind = "election", heldOn = $"{Year - 1}-03-01", entitled = 90, present = 59 }), HttpStatusCode.Created))["id"]!;
        Assert.False(Part(await R2(), "congress"));
        var valid = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/congress-sessions", new { termId = (long)term["id"]!, number = 2, kind = "extraordinary", heldOn = $"{Year - 1}-04-01", entitled = 90, present = 60 }), HttpStatusCode.Created))["id"]!;
        var congress = await R2();
        Assert.True(Part(congress, "congress"));
        Assert.Equal(1, (int)congress["value"]!);
        Assert.Equal([(shortSession, false), (valid, true)], congress["evidence"]!.AsArray().Where(e => (string)e!["kind"]! == "congress-session").Select(e => ((long)e!["id"]!, (bool)e["meets"]!)));

        foreach (var category in new[] { "finances", "elections", "resolutions" })
        {
            await OkAsync(await admin.PostJsonAsync("/api/v1/affairs-notices", new { unionId = union, category, channel = "notice-board", title = $"{category} 公开", publishedOn = $"{Year}-05-01" }), HttpStatusCode.Created);
        }

        Assert.Equal(2, (int)(await R2())["value"]!);
        var round = await OkAsync(await admin.PostJsonAsync("/api/v1/evaluations", new { unionId = union, subject = "committee", heldOn = $"{Year}-10-01", ballotsIssued = 60, satisfied = 40, basicallySatisfied = 7, dissatisfied = 13 }), HttpStatusCode.Created);
        var low = await R2();
        Assert.Equal(("not-met", 2), ((string)low["status"]!, (int)low["value"]!));
        Assert.Equal(0.7833m, (decimal)low["figures"]!.AsArray().Single(f => (string)f!["key"]! == "evaluation")!["value"]!);

        await OkAsync(await admin.PutJsonAsync($"/api/v1/evaluations/{(long)round["id"]!}", new
        {
            subject = "committee", heldOn = $"{Year}-10-01", ballotsIssued = 60, satisfied = 40, basicallySatisfied = 8, dissatisfied = 12, version = (long)round["version"]!,
        }));
        var met = await R2();
        Assert.Equal(("met", 3, 3), ((string)met["status"]!, (int)met["value"]!, (int)met["threshold"]!));
        Assert.Contains(met["evidence"]!.AsArray(), e => (string)e!["kind"]! == "evaluation" && (long)e["id"]! == (long)round["id"]! && (bool)e["meets"]!);
        Assert.Equal("0.8", (string)met["parameters"]!["Evaluations:TargetRate"]!);

        // The annual report counts the year's records: the sessions were held the year before.
        var report = await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={Year}&unionId={union}"));
        var figures = report["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (string)f!["value"]!);
        Assert.Equal(("0", "3", "1"), (figures["CongressSessions"], figures["AffairsNotices"], figures["Evaluations"]));
    }
}

[Collection("sqlite")]
public sealed class EvaluationTestsOnSqlite(SqliteApp app) : EvaluationTests(app);

[Collection("postgres")]
public sealed class EvaluationTestsOnPostgres(PostgresApp app) : EvaluationTests(app);
