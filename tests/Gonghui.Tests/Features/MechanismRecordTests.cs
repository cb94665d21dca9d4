using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Joint meetings with resolutions (R11), decision meetings and research (R12), information reports (R14), and the deadlines list.</summary>
public abstract class MechanismRecordTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static string Day(int offset) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_joint_meeting_meets_R11_and_its_resolutions_are_followed_to_done()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var gx = await app.UnionIdAsync("CY-GX");
        var year = DateTime.UtcNow.AddHours(8).Year;
        async Task<JsonNode> Row() => (await OkAsync(await staff.GetAsync($"/api/v1/joint-meetings/by-union?year={year - 1}"))).AsArray().Single(r => (long)r!["unionId"]! == gx)!;
        var before = (int)(await Row())["meetings"]!;

        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/joint-meetings", new
        {
            unionId = gx, kind = "joint-meeting", heldOn = $"{year - 1}-06-18", title = "无政府部门参加的会", topics = Array.Empty<string>(),
            participants = new[] { new { kind = "industry-association", name = "朝阳区软件和信息服务业协会" } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["participants", "topics"], bad["errors"]!.AsObject().Select(x => x.Key).Order());

        var meeting = await OkAsync(await staff.PostJsonAsync("/api/v1/joint-meetings", new
        {
            unionId = gx, kind = "tripartite-consultation", heldOn = $"{year - 1}-06-18", title = "软件行业劳动关系三方协商会议",
            topics = new[] { "industry-trends", "labour-relations", "industry-trends" }, minutes = "研究行业加班和用工问题",
            participants = new[] { new { kind = "government-department", name = "区人力资源和社会保障局" }, new { kind = "industry-association", name = "朝阳区软件和信息服务业协会" } },
        }), HttpStatusCode.Created);
        var id = (long)meeting["id"]!;
        Assert.Equal(["industry-trends", "labour-relations"], meeting["topics"]!.AsArray().Select(x => (string)x!));
        var after = await Row();
        Assert.Equal(before + 1, (int)after["meetings"]!);
        Assert.True((bool)after["met"]!);

        var withResolution = await OkAsync(await staff.PostJsonAsync($"/api/v1/joint-meetings/{id}/resolutions", new
        {
            text = "开展软件企业工时制度专项检查", owner = "区人社局劳动监察大队", dueOn = $"{year - 1}-09-30", version = (long)meeting["version"]!,
        }), HttpStatusCode.Created);
        var resolution = withResolution["resolutions"]![0]!;
        Assert.True((bool)resolution["overdue"]!);
        Assert.Equal(1, (int)(await Row())["overdue"]!);
        var deadlines = await OkAsync(await staff.GetAsync($"/api/v1/deadlines?unionId={gx}"));
        Assert.Contains(deadlines.AsArray(), d => (string)d!["kind"]! == "resolution" && (bool)d["overdue"]! && (long)d["recordId"]! == id);

        var notDone = await OkAsync(await staff.PutJsonAsync($"/api/v1/joint-meetings/{id}/resolutions/{(long)resolution["id"]!}", new
        {
            text = "开展软件企业工时制度专项检查", owner = "区人社局劳动监察大队", dueOn = $"{year - 1}-09-30", status = "done", version = (long)withResolution["version"]!,
        }), HttpStatusCode.BadRequest);
        Assert.True(notDone["errors"]!.AsObject().ContainsKey("doneOn"));
        var done = await OkAsync(await staff.PutJsonAsync($"/api/v1/joint-meetings/{id}/resolutions/{(long)resolution["id"]!}", new
        {
            text = "开展软件企业工时制度专项检查", owner = "区人社局劳动监察大队", dueOn = $"{year - 1}-09-30", status = "done", doneOn = $"{year - 1}-09-20",
            followUp = "检查 32 家企业，整改 5 家", version = (long)withResolution["version"]!,
        }));
        Assert.Equal("done", (string)done["resolutions"]![0]!["status"]!);
        Assert.Equal(1, (int)(await Row())["done"]!);

        using var outsider = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/joint-meetings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.DeleteAsync($"/api/v1/joint-meetings/{id}?version={(long)done["version"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/v1/joint-meetings/{id}?version={(long)meeting["version"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/joint-meetings/{id}?version={(long)done["version"]!}")).StatusCode);
    }

    [Fact]
    public async Task Research_is_linked_to_the_decision_it_informed()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var gx = await app.UnionIdAsync("CY-GX");
        var meeting = await OkAsync(await staff.PostJsonAsync("/api/v1/decision-meetings", new
        {
            unionId = gx, kind = "chairs-office", heldOn = Day(-10), title = "主席办公会：年度困难职工帮扶方案", attendees = "主席、副主席、经审主任", agenda = "审议帮扶方案", decisions = "同意方案，追加预算 20 万元",
        }), HttpStatusCode.Created);
        var tooLate = await OkAsync(await staff.PostJsonAsync("/api/v1/decision-research", new
        {
            unionId = gx, title = "困难职工状况调研", conductedOn = Day(-5), method = "走访 12 家企业", findings = "困难职工 46 人", decisionMeetingId = (long)meeting["id"]!,
        }), HttpStatusCode.BadRequest);
        Assert.True(tooLate["errors"]!.AsObject().ContainsKey("decisionMeetingId"));
        var research = await OkAsync(await staff.PostJsonAsync("/api/v1/decision-research", new
        {
            unionId = gx, title = "困难职工状况调研", conductedOn = Day(-30), method = "走访 12 家企业", findings = "困难职工 46 人", decisionMeetingId = (long)meeting["id"]!,
        }), HttpStatusCode.Created);
        Assert.Equal("主席办公会：年度困难职工帮扶方案", (string)research["decisionMeetingTitle"]!);
        var read = await OkAsync(await staff.GetAsync($"/api/v1/decision-meetings/{(long)meeting["id"]!}"));
        Assert.Equal((long)research["id"]!, (long)read["research"]![0]!["id"]!);

        // Deleting the meeting leaves the research, unlinked.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/decision-meetings/{(long)meeting["id"]!}?version={(long)meeting["version"]!}")).StatusCode);
        var list = await OkAsync(await staff.GetAsync($"/api/v1/decision-research?unionId={gx}&pageSize=500"));
        Assert.Contains(list["items"]!.AsArray(), r => (long)r!["id"]! == (long)research["id"]! && r["decisionMeetingId"] is null);
        using var outsider = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostJsonAsync("/api/v1/decision-meetings", new { unionId = gx, kind = "committee", heldOn = Day(-1), title = "越权", attendees = "甲", agenda = "乙" })).StatusCode);
    }

    [Fact]
    public async Task A_grassroots_report_goes_up_is_forwarded_and_adopted_and_counts_move()
    {
        using var district = await app.ClientAsAsync("district-staff");
        using var hitech = await app.ClientAsAsync("hitech-staff");
        var grassroots = await app.UnionIdAsync("CY-GX-004");
        var year = DateTime.UtcNow.AddHours(8).Year;
        async Task<int> Adopted() => (int?)(await OkAsync(await district.GetAsync($"/api/v1/info-reports/counts?year={year}"))).AsArray().SingleOrDefault(r => (long)r!["unionId"]! == grassroots)?["adopted"] ?? 0;
        var before = await Adopted();

        // The district sends on the grassroots union's behalf (its staff account is not seeded); it goes to CY-GX.
        var sent = await OkAsync(await district.PostJsonAsync("/api/v1/info-reports", new { unionId = grassroots, title = "企业推行弹性工作制的做法", category = "experience", body = "……" }), HttpStatusCode.Created);
        var id = (long)sent["id"]!;
        Assert.Equal(await app.UnionIdAsync("CY-GX"), (long)sent["toUnionId"]!);
        var received = await OkAsync(await hitech.GetAsync("/api/v1/info-reports?box=received&status=submitted&pageSize=500"));
        Assert.Contains(received["items"]!.AsArray(), r => (long)r!["id"]! == id);
        Assert.True((bool)(await OkAsync(await hitech.GetAsync($"/api/v1/info-reports/{id}")))["mayReview"]!);

        var returnedWithout = await OkAsync(await hitech.PostJsonAsync($"/api/v1/info-reports/{id}/return", new { version = (long)sent["version"]! }), HttpStatusCode.BadRequest);
        Assert.True(returnedWithout["errors"]!.AsObject().ContainsKey("comment"));
        var forwarded = await OkAsync(await hitech.PostJsonAsync($"/api/v1/info-reports/{id}/forwarding", new { comment = "经验可推广", version = (long)sent["version"]! }));
        Assert.Equal(await app.UnionIdAsync("CY"), (long)forwarded["toUnionId"]!);
        Assert.False((bool)(await OkAsync(await hitech.GetAsync($"/api/v1/info-reports/{id}")))["mayReview"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync($"/api/v1/info-reports/{id}/adoption", new { version = (long)forwarded["version"]! })).StatusCode);
        var adopted = await OkAsync(await district.PostJsonAsync($"/api/v1/info-reports/{id}/adoption", new { comment = "编入工作简报", version = (long)forwarded["version"]! }));
        Assert.Equal("adopted", (string)adopted["status"]!);
        Assert.Equal(["submitted", "forwarded", "adopted"], adopted["trail"]!.AsArray().Select(s => (string)s!["action"]!));
        Assert.Equal(before + 1, await Adopted());
        Assert.Equal(HttpStatusCode.Conflict, (await district.DeleteAsync($"/api/v1/info-reports/{id}?version={(long)adopted["version"]!}")).StatusCode);

        using var outsider = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/info-reports/{id}")).StatusCode);
        var top = await OkAsync(await district.PostJsonAsync("/api/v1/info-reports", new { unionId = await app.UnionIdAsync("CY"), title = "区总工会自报", category = "work-news", body = "……" }), HttpStatusCode.BadRequest);
        Assert.True(top["errors"]!.AsObject().ContainsKey("unionId"));
    }
}

[Collection("sqlite")]
public sealed class MechanismRecordTestsOnSqlite(SqliteApp app) : MechanismRecordTests(app);

[Collection("postgres")]
public sealed class MechanismRecordTestsOnPostgres(PostgresApp app) : MechanismRecordTests(app);
