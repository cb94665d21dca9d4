using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Infrastructure.Localization;
using Gonghui.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Tests.Features;

public abstract class BargainingApiTests(GonghuiApp app)
{
    private static async Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadNodeAsync();
    }

    private static async Task AssertRuleAsync(HttpResponseMessage response, string rule)
    {
        var body = await OkAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(rule, (string)body["rule"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["detail"]));
    }

    private async Task<long> AssociationAsync(HttpClient client) =>
        (long)(await OkAsync(await client.PostJsonAsync("/api/v1/industry-associations", new { name = "朝阳区软件行业协会" + Guid.NewGuid().ToString("N")[..6], kind = "association", industrySection = "I", unionId = await app.UnionIdAsync("CY-GX") }), HttpStatusCode.Created))["id"]!;

    private static async Task<(long Id, int Version)> StepAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var node = await OkAsync(await client.PostJsonAsync(url, body), expected);
        return ((long)node["id"]!, (int)node["version"]!);
    }

    private static object[] Team(string side, int count) =>
        Enumerable.Range(0, count).Select(i => (object)new { side, name = $"{side}代表{i}", post = i == 0 ? "主席" : "委员", isChief = i == 0 }).ToArray();

    [Fact]
    public async Task Walks_a_negotiation_from_the_request_to_a_contract_in_force_and_coverage_moves()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var union = await app.UnionIdAsync("CY-GX");
        var grassroots = await app.UnionIdAsync("CY-GX-003");
        var enterprises = new List<long>();
        foreach (var employees in new[] { 120, 80 })
        {
            enterprises.Add((long)(await OkAsync(await staff.PostJsonAsync("/api/v1/enterprises", new { name = "协商覆盖企业" + Guid.NewGuid().ToString("N")[..6], creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "I", employees, unionId = grassroots }), HttpStatusCode.Created))["id"]!);
        }

        async Task<JsonNode> CoverageGroup() =>
            (await OkAsync(await staff.GetAsync("/api/v1/bargaining-coverage?year=2025&by=industry")))["groups"]!.AsArray().Single(g => (string)g!["key"]! == "I")!;
        var before = await CoverageGroup();

        var created = await OkAsync(await staff.PostJsonAsync("/api/v1/negotiations", new
        {
            unionId = union, kind = "industry-wage", title = "2025年软件行业工资集体协商", counterpartyKind = "association",
            associationId = await AssociationAsync(staff), requestedBy = "union", requestedOn = "2025-01-02",
        }), HttpStatusCode.Created);
        var id = (long)created["id"]!;
        Assert.Equal(("requested", "2025-01-22"), ((string)created["stage"]!, (string)created["answerDeadline"]!["lastDay"]!));
        var url = $"/api/v1/negotiations/{id}";

        // Opening before the answer is out of turn; with two representatives a side, L1 refuses it.
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostJsonAsync($"{url}/opening", new { openedOn = "2025-01-15" })).StatusCode);
        await StepAsync(staff, $"{url}/answer", new { answeredOn = "2025-01-10", answer = "同意协商" });
        await OkAsync(await staff.PutJsonAsync($"{url}/negotiators", new { negotiators = Team("union", 2).Concat(Team("employer", 2)) }));
        await AssertRuleAsync(await staff.PostJsonAsync($"{url}/opening", new { openedOn = "2025-01-15" }), "L1");
        var teams = await OkAsync(await staff.PutJsonAsync($"{url}/negotiators", new { negotiators = Team("union", 3).Concat(Team("employer", 3)) }));
        Assert.True((bool)teams["teams"]!["met"]!);
        await StepAsync(staff, $"{url}/opening", new { openedOn = "2025-01-15" });
        // Once open, a team change that breaks L1 is refused too.
        await AssertRuleAsync(await staff.PutJsonAsync($"{url}/negotiators", new { negotiators = Team("union", 3).Concat(Team("employer", 2)) }), "L1");
        await StepAsync(staff, $"{url}/rounds", new { heldOn = "2025-01-20", topics = "岗位工资标准、年度增幅", unionPosition = "增幅8%", employerPosition = "增幅4%" }, HttpStatusCode.Created);

        var draft = new
        {
            title = "朝阳区软件行业工资集体合同（2025—2027）",
            startOn = "2025-03-01", endOn = "2027-02-28",
            enterpriseIds = enterprises,
            clauses = new object[]
            {
                new { topic = "remuneration", text = "职工工资每年增长不低于6%。" },
                new { topic = "working-hours", text = "每日工作8小时，每月加班不超过37小时。", dailyHours = 8, weeklyHours = 40, monthlyOvertimeLimit = 37 },
                new { topic = "rest-and-leave", text = "带薪年休假另加2天。", leaveDays = 2 },
            },
            wageStandards = new object[]
            {
                new { jobType = "软件开发工程师", minimumMonthlyWage = 8000, annualIncreasePercent = 6 },
                new { jobType = "测试助理", minimumMonthlyWage = 2400 },
            },
        };
        // L4: a four-year term is what the law calls unusual, not forbidden: drafted, and shown as a finding.
        var drafted = await OkAsync(await staff.PostJsonAsync($"{url}/draft", draft with { endOn = "2029-02-28" }), HttpStatusCode.Created);
        var contractUrl = $"/api/v1/collective-contracts/{(long)drafted["contractId"]!}";
        var term = (await OkAsync(await staff.GetAsync(contractUrl)))["term"]!;
        Assert.Equal((false, 1, 3), ((bool)term["met"]!, (int)term["minYears"]!, (int)term["maxYears"]!));

        // L3: two thirds present, and more than half of all entitled in favour.
        await AssertRuleAsync(await staff.PostJsonAsync($"{url}/vote", new { votedOn = "2025-02-10", body = "workers-congress", entitled = 90, present = 59, inFavour = 55 }), "L3");
        await AssertRuleAsync(await staff.PostJsonAsync($"{url}/vote", new { votedOn = "2025-02-10", body = "workers-congress", entitled = 90, present = 60, inFavour = 45 }), "L3");
        await StepAsync(staff, $"{url}/vote", new { votedOn = "2025-02-10", body = "workers-congress", entitled = 90, present = 60, inFavour = 46, against = 10 });

        var signed = await OkAsync(await staff.PostJsonAsync($"{contractUrl}/signing", new { signedOn = "2025-02-12", unionChief = "工会主席", employerChief = "协会会长" }));
        // L5: ten days after 12 February 2025 is Saturday the 22nd: the last day moves to Monday the 24th.
        Assert.Equal(("concluded", "2025-02-24", "2025-02-22", "rest-day", true), ((string)signed["status"]!, (string)signed["filingDeadline"]!["lastDay"]!,
            (string)signed["filingDeadline"]!["movedFrom"]!, (string)signed["filingDeadline"]!["movedBecause"]!, (bool)signed["filingDeadline"]!["flagged"]!));
        Assert.Equal("concluded", (string)(await OkAsync(await staff.GetAsync(url)))["stage"]!);
        Assert.Equal(0, (int)(await CoverageGroup())["coveredEnterprises"]! - (int)before["coveredEnterprises"]!);

        // Filed on day 8, received the next day: in effect from the day after L6's fifteen days, whose last day (Saturday
        // 8 March) moves to Monday 10 March.
        var filed = await OkAsync(await staff.PostJsonAsync($"{contractUrl}/filing", new { filedOn = "2025-02-20", receivedOn = "2025-02-21" }));
        Assert.Equal(("in-force", "2025-03-11", false), ((string)filed["status"]!, (string)filed["effectiveOn"]!, (bool)filed["filingDeadline"]!["flagged"]!));
        Assert.Equal(200, (int)filed["workersCovered"]!);
        Assert.Equal(["remuneration", "rest-and-leave", "working-hours"], filed["topicsCovered"]!.AsArray().Select(x => (string)x!).Order());
        var hours = filed["clauses"]!.AsArray().Single(c => (string)c!["topic"]! == "working-hours")!;
        Assert.Equal("monthlyOvertimeLimit", (string)hours["findings"]!.AsArray().Single()!["measure"]!);
        Assert.Equal([false, true], filed["wageStandards"]!.AsArray().OrderBy(s => (string)s!["jobType"]!).Select(s => (bool)s!["belowMinimumWage"]!).Reverse());

        var after = await CoverageGroup();
        Assert.Equal(2, (int)after["coveredEnterprises"]! - (int)before["coveredEnterprises"]!);
        Assert.Equal(200, (long)after["coveredEmployees"]! - (long)before["coveredEmployees"]!);
        Assert.True((int)after["topics"]!["remuneration"]! >= 1);

        var belowMinimum = await OkAsync(await staff.GetAsync("/api/v1/wage-standards?belowMinimum=true&q=测试助理"));
        Assert.Contains(belowMinimum["standards"]!["items"]!.AsArray(), s => (string)s!["contractTitle"]! == draft.title);
        var inForce = await OkAsync(await staff.GetAsync($"/api/v1/collective-contracts?status=in-force&enterpriseId={enterprises[0]}"));
        Assert.Equal(1, (int)inForce["total"]!);

        // Outside the union's scope the negotiation and the contract do not exist.
        using var other = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(contractUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync($"{url}/rounds", new { heldOn = "2025-01-21", topics = "越权" })).StatusCode);
    }

    [Fact]
    public async Task An_objection_in_time_holds_the_contract_back_until_resolved_and_reminders_show_what_is_due()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var today = LocalizationSetup.Today;
        var start = today.AddMonths(-34);
        var contract = await OkAsync(await staff.PostJsonAsync("/api/v1/collective-contracts", new
        {
            unionId = await app.UnionIdAsync("CY-GX"), kind = "special", title = "女职工权益保护专项集体合同" + Guid.NewGuid().ToString("N")[..4],
            counterpartyKind = "association", associationId = await AssociationAsync(staff),
            startOn = start, endOn = start.AddYears(3).AddDays(-1),
        }), HttpStatusCode.Created);
        var url = $"/api/v1/collective-contracts/{(long)contract["id"]!}";
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostJsonAsync($"{url}/filing", new { filedOn = start })).StatusCode);
        await StepAsync(staff, $"{url}/signing", new { signedOn = start.AddDays(-20), unionChief = "甲", employerChief = "乙" });
        var received = start.AddDays(-5);
        await StepAsync(staff, $"{url}/filing", new { filedOn = start.AddDays(-6), receivedOn = received });
        var objected = await OkAsync(await staff.PostJsonAsync($"{url}/objection", new { raisedOn = received.AddDays(15), reason = "条款与法律不符" }));
        Assert.Equal("objected", (string)objected["status"]!);
        Assert.Null(objected["effectiveOn"]);

        var reminders = await OkAsync(await staff.GetAsync("/api/v1/bargaining-reminders?pageSize=500"));
        var mine = reminders["items"]!.AsArray().Where(r => (long)r!["recordId"]! == (long)contract["id"]!).Select(r => (string)r!["kind"]!).Order().ToList();
        Assert.Equal(["expiry", "objection"], mine);

        var resolved = await OkAsync(await staff.PostJsonAsync($"{url}/objection-resolution", new { resolvedOn = received.AddDays(30) }));
        Assert.Equal(("in-force", received.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ((string)resolved["status"]!, (string)resolved["effectiveOn"]!));

        // A request unanswered past its twentieth day is overdue (L2); one whose twentieth day fell in the National Day
        // holiday was due on the first working day after it, and the reminder says so.
        async Task<JsonNode> Unanswered(string requestedOn) => await OkAsync(await staff.PostJsonAsync("/api/v1/negotiations", new
        {
            unionId = await app.UnionIdAsync("CY-GX"), kind = "industry-wage", title = "逾期未回应的要约", counterpartyKind = "association",
            associationId = await AssociationAsync(staff), requestedBy = "union", requestedOn,
        }), HttpStatusCode.Created);
        var late = await Unanswered("2026-03-03");
        var holiday = await Unanswered("2025-09-11");
        reminders = await OkAsync(await staff.GetAsync("/api/v1/bargaining-reminders?pageSize=500"));
        JsonNode Answer(JsonNode n) => reminders["items"]!.AsArray().Single(r => (string)r!["kind"]! == "answer" && (long)r["recordId"]! == (long)n["id"]!)!;
        Assert.Equal((true, "L2", "2026-03-23", null), ((bool)Answer(late)["overdue"]!, (string)Answer(late)["rule"]!, (string)Answer(late)["dueOn"]!, (string?)Answer(late)["movedFrom"]));
        Assert.Equal(("2025-10-09", "2025-10-01", "holiday"), ((string)Answer(holiday)["dueOn"]!, (string)Answer(holiday)["movedFrom"]!, (string)Answer(holiday)["movedBecause"]!));
        Assert.True((bool)reminders["items"]!.AsArray()[0]!["overdue"]!);
    }

    [Fact]
    public async Task Keeps_a_contracts_text_and_step_documents_and_audits_their_download()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var contract = await OkAsync(await staff.PostJsonAsync("/api/v1/collective-contracts", new
        {
            unionId = await app.UnionIdAsync("CY-GX"), kind = "enterprise", title = "附件测试合同", counterpartyKind = "association", associationId = await AssociationAsync(staff),
            startOn = "2025-01-01", endOn = "2026-12-31",
        }), HttpStatusCode.Created);
        var url = $"/api/v1/collective-contracts/{(long)contract["id"]!}/documents";
        var pdf = "%PDF-1.4 集体合同文本"u8.ToArray();
        static MultipartFormDataContent Form(byte[] bytes, string name, string label) =>
            new() { { new ByteArrayContent(bytes), "file", name }, { new StringContent(label), "label" } };

        var added = await OkAsync(await staff.PostAsync(url, Form(pdf, "合同文本.pdf", "text")), HttpStatusCode.Created);
        Assert.Equal(("合同文本.pdf", (long)pdf.Length), ((string)added["fileName"]!, (long)added["size"]!));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync(url, Form(pdf, "合同.exe", "text"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync(url, Form(pdf, "合同.pdf", "vote"))).StatusCode);

        // A program named as a PDF is refused by its bytes; a name with separators and controls keeps its last part only.
        var elf = await OkAsync(await staff.PostAsync(url, Form([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0], "invoice.pdf", "text")), HttpStatusCode.BadRequest);
        Assert.Contains("PDF", (string)elf["errors"]!["file"]![0]!, StringComparison.Ordinal);
        var renamed = await OkAsync(await staff.PostAsync(url, Form(pdf, "..\\..\\etc/pass:wd合同.pdf", "text")), HttpStatusCode.Created);
        Assert.Equal("passwd合同.pdf", (string)renamed["fileName"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"{url}/{(long)renamed["id"]!}")).StatusCode);

        var read = await OkAsync(await staff.GetAsync($"/api/v1/collective-contracts/{(long)contract["id"]!}"));
        Assert.Equal("text", (string)read["documents"]!.AsArray().Single()!["label"]!);
        var download = await staff.GetAsync($"{url}/{(long)added["id"]!}");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", download.Headers.CacheControl!.ToString());
        var documentId = ((long)added["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "download" && e.EntityId == documentId)));

        using var other = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{url}/{(long)added["id"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync(url, Form(pdf, "越权.pdf", "text"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"{url}/{(long)added["id"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{url}/{(long)added["id"]!}")).StatusCode);
    }

    [Fact]
    public async Task Refuses_bad_input_with_clear_messages()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/negotiations", new { unionId = await app.UnionIdAsync("CY-GX"), counterpartyKind = "leading-enterprise", enterpriseId = 999999999, requestedOn = "2999-01-01" }), HttpStatusCode.BadRequest);
        Assert.Equal(["enterpriseId", "kind", "requestedBy", "requestedOn", "title"], bad["errors"]!.AsObject().Select(x => x.Key).Order());

        var contract = await OkAsync(await staff.PostJsonAsync("/api/v1/collective-contracts", new
        {
            unionId = await app.UnionIdAsync("CY-GX"), kind = "enterprise", title = "x", counterpartyKind = "association", associationId = await AssociationAsync(staff),
            startOn = "2025-01-01", endOn = "2025-12-31",
            clauses = new object[] { new { text = "无主题" }, new { topic = "working-hours", text = "t", weeklyHours = 200 } },
            wageStandards = new object[] { new { jobType = "A", minimumMonthlyWage = 0 }, new { jobType = "A", minimumMonthlyWage = 3000 } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["clauses[0].topic", "clauses[1].weeklyHours", "wageStandards", "wageStandards[0].minimumMonthlyWage"], contract["errors"]!.AsObject().Select(x => x.Key).Order());

        var duplicate = await AssociationAsync(staff);
        var name = (string)(await OkAsync(await staff.GetAsync($"/api/v1/industry-associations/{duplicate}")))["name"]!;
        var taken = await OkAsync(await staff.PostJsonAsync("/api/v1/industry-associations", new { name, kind = "chamber", industrySection = "I", creditCode = "123" }), HttpStatusCode.BadRequest);
        Assert.Equal(["creditCode", "name"], taken["errors"]!.AsObject().Select(x => x.Key).Order());
    }
}

[Collection("sqlite")]
public sealed class BargainingApiTestsOnSqlite(SqliteApp app) : BargainingApiTests(app);

[Collection("postgres")]
public sealed class BargainingApiTestsOnPostgres(PostgresApp app) : BargainingApiTests(app);
