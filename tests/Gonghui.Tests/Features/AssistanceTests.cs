using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Hardship assistance and emergency aid (issue 18, item 6): the review chain, payments within the caps, the yearly review, R10's emergency aid, and sealed details.</summary>
public abstract class AssistanceTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static IEnumerable<string> Keys(JsonNode problem) => problem["errors"]!.AsObject().Select(x => x.Key).Order();

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    private static string Day(int daysAgo)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return today.AddDays(-Math.Min(daysAgo, today.DayOfYear - 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_case_goes_from_proposal_through_approval_and_payments_to_its_yearly_review_and_its_details_stay_sealed()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var industrial = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"BF-{tag}", name = $"帮扶测试{tag}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector = "government-organs" }), HttpStatusCode.Created))["id"]!;
        var grassroots = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"BF1-{tag}", name = $"帮扶基层{tag}", kind = "grassroots-union", parentId = industrial }), HttpStatusCode.Created))["id"]!;
        var idNumber = MemberApiTests.NewIdNumber();
        var member = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = "困难职工甲", idNumber, unionId = grassroots }), HttpStatusCode.Created))["id"]!;
        async Task<HttpClient> Admin(string who, long union)
        {
            var login = $"{who}{tag}".ToLowerInvariant();
            await OkAsync(await admin.PostJsonAsync("/api/v1/users", new { login, displayName = who, role = "union-admin", unionId = union, password = "Admin#Gonghui2026" }), HttpStatusCode.Created);
            return await app.ClientAsAsync(login);
        }

        using var proposer = await Admin("bfjc", grassroots);
        using var reviewer = await Admin("bfcy", industrial);

        var bad = await OkAsync(await proposer.PostJsonAsync("/api/v1/assistance-cases", new { unionId = grassroots, kind = "critical-illness", proposedOn = "2999-01-01", householdSize = 0, monthlyIncome = -1, cause = " " }), HttpStatusCode.BadRequest);
        Assert.Equal(["cause", "householdSize", "idNumber", "monthlyIncome", "personName", "proposedOn"], Keys(bad));
        var proposed = await OkAsync(await proposer.PostJsonAsync("/api/v1/assistance-cases", new
        {
            unionId = grassroots, memberId = member, kind = "critical-illness", proposedOn = Day(30), householdSize = 3, monthlyIncome = 3000, cause = "白血病住院治疗，自付费用高", opinion = "情况属实",
        }), HttpStatusCode.Created);
        var id = (long)proposed["id"]!;
        Assert.Equal(("proposed", false), ((string)proposed["status"]!, (bool)proposed["revealed"]!));
        var revealed = await OkAsync(await proposer.GetAsync($"/api/v1/assistance-cases/{id}?reveal=true"));
        Assert.Equal((1000m, true, "白血病住院治疗，自付费用高"), ((decimal)revealed["perHeadIncome"]!, (bool)revealed["belowLine"]!, (string)revealed["details"]!["cause"]!));

        // The evidence: kept under a neutral name (the one it came with would tell the illness), listed only in a revealed case.
        using var evidence = new MultipartFormDataContent
        {
            { new ByteArrayContent("诊断证明"u8.ToArray()), "file", "白血病诊断书.txt" },
            { new StringContent("medical"), "label" },
        };
        var document = await OkAsync(await proposer.PostAsync($"/api/v1/assistance-cases/{id}/documents", evidence), HttpStatusCode.Created);
        Assert.Matches("^medical-[0-9a-f]{6}\\.txt$", (string)document["fileName"]!);
        var documentUrl = $"/api/v1/assistance-cases/{id}/documents/{(long)document["id"]!}";
        Assert.Single((await OkAsync(await proposer.GetAsync($"/api/v1/assistance-cases/{id}?reveal=true")))["documents"]!.AsArray());
        Assert.Empty((await OkAsync(await proposer.GetAsync($"/api/v1/assistance-cases/{id}")))["documents"]!.AsArray());
        Assert.Equal("诊断证明", await (await proposer.GetAsync(documentUrl)).Content.ReadAsStringAsync());

        // The chain: the proposer does not review its own case; the union above reviews; only the district approves.
        var step = new { on = Day(25), opinion = "同意上报", version = 1 };
        Assert.Equal(HttpStatusCode.Forbidden, (await proposer.PostJsonAsync($"/api/v1/assistance-cases/{id}/review", step)).StatusCode);
        await OkAsync(await reviewer.PostJsonAsync($"/api/v1/assistance-cases/{id}/review", step));
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostJsonAsync($"/api/v1/assistance-cases/{id}/approve", step with { version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await proposer.PostJsonAsync($"/api/v1/assistance-cases/{id}/payments", new { paidOn = Day(20), amount = 100, method = "bank-transfer", version = 2 })).StatusCode);
        var approved = await OkAsync(await admin.PostJsonAsync($"/api/v1/assistance-cases/{id}/approve", new { on = Day(20), opinion = "同意救助", version = 2 }));
        Assert.Equal("approved", (string)approved["status"]!);

        // Two payments within the case's cap; a third past it is refused naming the cap.
        await OkAsync(await proposer.PostJsonAsync($"/api/v1/assistance-cases/{id}/payments", new { paidOn = Day(15), amount = 15000, method = "bank-transfer", version = 3 }));
        var over = await proposer.PostJsonAsync($"/api/v1/assistance-cases/{id}/payments", new { paidOn = Day(10), amount = 5000.01m, method = "bank-transfer", version = 4 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Contains("Assistance:CaseCap", await over.Content.ReadAsStringAsync());
        var paid = await OkAsync(await proposer.PostJsonAsync($"/api/v1/assistance-cases/{id}/payments", new { paidOn = Day(10), amount = 5000, method = "jing-card", version = 4 }));
        Assert.Equal(20000m, (decimal)paid["paid"]!);

        // A hardship file for the same worker: the person's cap for the year holds across cases; reviewed every year until out of hardship.
        var file = await OkAsync(await proposer.PostJsonAsync("/api/v1/assistance-cases", new
        {
            unionId = grassroots, personName = "困难职工甲", idNumber, kind = "hardship-file", proposedOn = Day(9), householdSize = 4, monthlyIncome = 5000, cause = "配偶失业，子女上学",
        }), HttpStatusCode.Created);
        var fileId = (long)file["id"]!;
        Assert.Equal(member, (long)file["memberId"]!); // a member already: linked
        await OkAsync(await reviewer.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/review", new { on = Day(8), version = 1 }));
        await OkAsync(await admin.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/approve", new { on = Day(8), version = 2 }));
        await OkAsync(await proposer.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/payments", new { paidOn = Day(7), amount = 4000, method = "cash", version = 3 }));
        await OkAsync(await proposer.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/payments", new { paidOn = Day(6), amount = 6000, method = "bank-transfer", version = 4 }));
        var yearCap = await proposer.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/payments", new { paidOn = Day(6), amount = 1, method = "cash", version = 5 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, yearCap.StatusCode);
        Assert.Contains("Assistance:YearCap", await yearCap.Content.ReadAsStringAsync());
        Assert.Equal(["outcome"], Keys(await OkAsync(await proposer.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/yearly-review", new { on = Day(2), version = 5 }), HttpStatusCode.BadRequest)));
        var renewed = await OkAsync(await proposer.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/yearly-review", new { on = Day(2), outcome = "renewed", opinion = "仍属困难", version = 5 }));
        Assert.Equal(("approved", 10000m, 2), ((string)renewed["status"]!, (decimal)renewed["paid"]!, renewed["payments"]!.AsArray().Count));
        var closed = await OkAsync(await proposer.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/yearly-review", new { on = Day(1), outcome = "out-of-hardship", version = 6 }));
        Assert.Equal("closed", (string)closed["status"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await proposer.PostJsonAsync($"/api/v1/assistance-cases/{fileId}/yearly-review", new { on = Day(1), outcome = "renewed", version = 7 })).StatusCode);

        // R10 for government-organ unions: emergency aid counted from the case; cultural and sports activities still missing.
        var r10 = (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={industrial}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R10")!;
        Assert.Equal(("not-met", 1m, 2m), ((string)r10["status"]!, (decimal)r10["value"]!, (decimal)r10["threshold"]!));
        Assert.Contains(r10["figures"]!.AsArray(), f => (string)f!["key"]! == "service.EmergencyAid" && (bool)f["meets"]!);
        var tally = (await OkAsync(await admin.GetAsync($"/api/v1/assistance-cases/tallies?year={Year}"))).AsArray()
            .Single(x => (long)x!["unionId"]! == industrial && (string)x["kind"]! == "critical-illness")!;
        Assert.Equal((1, 1, 20000m), ((int)tally["cases"]!, (int)tally["approved"]!, (decimal)tally["paid"]!));

        // The year's report and the union's plan count the cases, the aid paid and the aid as deliveries.
        var report = (await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={Year}&unionId={industrial}")))["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (string)f!["value"]!);
        Assert.Equal(("2", "30,000.00", "2"), (report["AssistanceCases"], report["AssistancePaid"], report["ServiceDeliveries"]));
        Assert.StartsWith("1", report["Delivered.EmergencyAid"], StringComparison.Ordinal);
        Assert.StartsWith("1", report["Delivered.HardshipAssistance"], StringComparison.Ordinal);
        var plan = await OkAsync(await admin.PostJsonAsync("/api/v1/annual-plans", new
        {
            unionId = industrial, year = Year,
            items = new[]
            {
                new { title = "困难职工帮扶", owner = "办公室", dueOn = $"{Year}-12-31", weight = 50, indicator = "record-count", counted = "assistance-cases", target = 4 },
                new { title = "服务职工", owner = "办公室", dueOn = $"{Year}-12-31", weight = 50, indicator = "record-count", counted = "service-deliveries", target = 2 },
            },
        }), HttpStatusCode.Created);
        Assert.Equal([2m, 2m], plan["items"]!.AsArray().Select(i => (decimal)i!["value"]!));

        // No role that may not reveal personal data sees a sensitive field whole: not in the list, the case, the export, the audit log.
        using var staff = await app.ClientAsAsync("district-staff");
        using var auditor = await app.ClientAsAsync("auditor");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/assistance-cases/{id}?reveal=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/assistance-cases?reveal=true&year={Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(documentUrl)).StatusCode);
        string[] answers =
        [
            await (await staff.GetAsync($"/api/v1/assistance-cases?year={Year}&unionId={industrial}")).Content.ReadAsStringAsync(),
            await (await staff.GetAsync($"/api/v1/assistance-cases/{id}")).Content.ReadAsStringAsync(),
            await (await staff.GetAsync($"/api/v1/assistance-cases/{fileId}")).Content.ReadAsStringAsync(),
            await (await staff.GetAsync($"/api/v1/assistance-cases/export?year={Year}&unionId={industrial}&format=csv")).Content.ReadAsStringAsync(),
            await (await auditor.GetAsync("/api/v1/audit-entries?entityType=HardshipAssistance&pageSize=100")).Content.ReadAsStringAsync(),
            await (await auditor.GetAsync("/api/v1/audit-entries?entityType=AssistanceStep&pageSize=100")).Content.ReadAsStringAsync(),
            await (await auditor.GetAsync($"/api/v1/audit-entries/export?format=csv&entityType=HardshipAssistance")).Content.ReadAsStringAsync(),
            await (await auditor.GetAsync("/api/v1/audit-entries?entityType=Attachment&pageSize=100")).Content.ReadAsStringAsync(),
        ];
        foreach (var answer in answers)
        {
            foreach (var secret in new[] { "白血病", "配偶失业", "困难职工甲", idNumber, "情况属实", "仍属困难" })
            {
                Assert.DoesNotContain(secret, answer, StringComparison.Ordinal);
            }
        }

        Assert.Contains("困***甲", answers[1], StringComparison.Ordinal);
        Assert.Contains("白血病", await (await admin.GetAsync($"/api/v1/assistance-cases/{id}?reveal=true")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("reveal", await (await auditor.GetAsync("/api/v1/audit-entries?entityType=HardshipAssistance&action=reveal&pageSize=10")).Content.ReadAsStringAsync());
    }
}

[Collection("sqlite")]
public sealed class AssistanceTestsOnSqlite(SqliteApp app) : AssistanceTests(app);

[Collection("postgres")]
public sealed class AssistanceTestsOnPostgres(PostgresApp app) : AssistanceTests(app);
