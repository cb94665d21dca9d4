using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Services to workers (issue 18, R9 and R10): providers, purchase contracts paid and accepted, deliveries and each industry's required categories, sign-in sheets.</summary>
public abstract class ServicesTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static IEnumerable<string> Keys(JsonNode problem) => problem["errors"]!.AsObject().Select(x => x.Key).Order();

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    /// <summary>A day of this year up to a month ago (early in January, the first of it).</summary>
    private static string Day(int daysAgo)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return today.AddDays(-Math.Min(daysAgo, today.DayOfYear - 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<long> IndustrialUnionAsync(HttpClient admin, string code, string sector) =>
        (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code, name = $"服务测试{code}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector }), HttpStatusCode.Created))["id"]!;

    private static async Task<long> ProviderAsync(HttpClient admin) =>
        (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/service-providers", new
        {
            name = $"测试社工中心{Guid.NewGuid():N}"[..16], creditCode = EnterpriseApiTests.NewCreditCode(), kind = "social-organisation", categories = new[] { "skills-training", "counselling" },
            qualifications = "民办非企业单位登记证书", contact = "项目部", address = "朝阳区",
        }), HttpStatusCode.Created))["id"]!;

    private static MultipartFormDataContent Multipart(string label, string fileName, byte[] content) =>
        new() { { new ByteArrayContent(content), "file", fileName }, { new StringContent(label), "label" } };

    /// <summary>Uploads a document and answers its download address.</summary>
    private static async Task<string> UploadAsync(HttpClient client, string documents, string label, string fileName, byte[] content)
    {
        using var body = Multipart(label, fileName, content);
        return $"{documents}/{(long)(await OkAsync(await client.PostAsync(documents, body), HttpStatusCode.Created))["id"]!}";
    }

    private static async Task<JsonNode> VerdictAsync(HttpClient admin, long union, string rule) =>
        (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={union}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == rule)!;

    [Fact]
    public async Task A_purchase_goes_from_contract_to_accepted_deliverables_within_its_budget_and_R9_counts_it_with_the_designated_services()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var union = await IndustrialUnionAsync(admin, $"FW-{tag}", "high-technology");

        // The registry is the district's; a union reads it.
        var badProvider = await OkAsync(await admin.PostJsonAsync("/api/v1/service-providers", new { name = " ", creditCode = "91110105MA01234567", categories = Array.Empty<string>() }), HttpStatusCode.BadRequest);
        Assert.Equal(["categories", "creditCode", "kind", "name"], Keys(badProvider));
        using var hitech = await app.ClientAsAsync("hitech-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync("/api/v1/service-providers", new { name = "x", creditCode = EnterpriseApiTests.NewCreditCode(), kind = "enterprise", categories = new[] { "legal-aid" } })).StatusCode);
        var provider = await ProviderAsync(admin);
        Assert.Contains((await OkAsync(await hitech.GetAsync("/api/v1/service-providers?category=counselling&pageSize=500")))["items"]!.AsArray(), p => (long)p!["id"]! == provider);

        // The provider's documents are the district's, read by the unions that buy from it.
        var licence = await UploadAsync(admin, $"/api/v1/service-providers/{provider}/documents", "licence", "登记证书.pdf", "%PDF-1.4 登记证书"u8.ToArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostAsync($"/api/v1/service-providers/{provider}/documents", Multipart("licence", "x.txt", "x"u8.ToArray()))).StatusCode);
        Assert.Equal("登记证书.pdf", (string)(await OkAsync(await hitech.GetAsync($"/api/v1/service-providers/{provider}")))["documents"]![0]!["fileName"]!);
        Assert.Equal(HttpStatusCode.OK, (await hitech.GetAsync(licence)).StatusCode);

        var bad = await OkAsync(await admin.PostJsonAsync("/api/v1/service-purchases", new
        {
            unionId = union, providerId = -1, title = "", mode = "project", category = "skills-training", budget = -5, signedOn = "2999-01-01", startsOn = $"{Year}-06-01", endsOn = $"{Year}-01-01",
            targetWorkers = 10, deliverables = Array.Empty<object>(),
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["budget", "deliverables", "endsOn", "providerId", "signedOn", "title"], Keys(bad));
        var purchase = await OkAsync(await admin.PostJsonAsync("/api/v1/service-purchases", new
        {
            unionId = union, providerId = provider, title = "职工数字技能提升项目", contractNumber = $"HT-{tag}", mode = "project", category = "skills-training", budget = 200000,
            signedOn = Day(40), startsOn = Day(40), endsOn = $"{Year}-12-31", targetWorkers = 300,
            deliverables = new[] { new { name = "培训班 6 期", measure = "每期 40 人" }, new { name = "满意度测评", measure = "不低于 85%" } },
        }), HttpStatusCode.Created);
        var id = (long)purchase["id"]!;
        var deliverables = purchase["deliverables"]!.AsArray().Select(d => (long)d!["id"]!).ToList();

        // Payments within the budget: the budget itself may be reached, not passed.
        purchase = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-purchases/{id}/payments", new { paidOn = Day(30), amount = 120000, note = "首期", version = 1 }));
        var over = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-purchases/{id}/payments", new { paidOn = Day(5), amount = 80000.01m, version = 2 }), HttpStatusCode.BadRequest);
        Assert.Equal(["amount"], Keys(over));
        Assert.Contains("R9", (string)over["errors"]!["amount"]![0]!);
        purchase = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-purchases/{id}/payments", new { paidOn = Day(5), amount = 80000, version = 2 }));
        Assert.Equal((200000m, 0m), ((decimal)purchase["summary"]!["paid"]!, (decimal)purchase["summary"]!["remaining"]!));

        // Each deliverable accepted once, rated 1 to 5.
        var badAcceptance = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-purchases/{id}/deliverables/{deliverables[0]}/acceptance", new { acceptedOn = "2000-01-01", rating = 6, version = 3 }), HttpStatusCode.BadRequest);
        Assert.Equal(["acceptedOn", "rating", "result"], Keys(badAcceptance));
        purchase = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-purchases/{id}/deliverables/{deliverables[0]}/acceptance", new { result = "accepted", acceptedOn = Day(3), rating = 5, notes = "资料齐全", version = 3 }));
        purchase = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-purchases/{id}/deliverables/{deliverables[1]}/acceptance", new { result = "rejected", acceptedOn = Day(3), rating = 2, version = 4 }));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/service-purchases/{id}/deliverables/{deliverables[1]}/acceptance", new { result = "accepted", acceptedOn = Day(2), rating = 4, version = 5 })).StatusCode);
        var summary = purchase["summary"]!;
        Assert.Equal((1, 1, 0, 3.5m), ((int)summary["accepted"]!, (int)summary["rejected"]!, (int)summary["pending"]!, (decimal)summary["averageRating"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/service-purchases/{id}?version=5")).StatusCode);
        await UploadAsync(admin, $"/api/v1/service-purchases/{id}/documents", "acceptance", "验收报告.txt", "验收合格"u8.ToArray());
        Assert.Equal("acceptance", (string)(await OkAsync(await admin.GetAsync($"/api/v1/service-purchases/{id}")))["documents"]![0]!["label"]!);
        Assert.Empty((await OkAsync(await admin.GetAsync($"/api/v1/service-purchases?year={Year}&unionId={union}")))["items"]![0]!["documents"]!.AsArray());

        // A contract never paid nor accepted goes with its documents.
        var draft = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/service-purchases", new
        {
            unionId = union, providerId = provider, title = "草拟合同", mode = "order", category = "counselling", budget = 1000, signedOn = Day(2), startsOn = Day(2), endsOn = $"{Year}-12-31",
            targetWorkers = 5, deliverables = new[] { new { name = "咨询", measure = "5 次" } },
        }), HttpStatusCode.Created))["id"]!;
        var draftText = await UploadAsync(admin, $"/api/v1/service-purchases/{draft}/documents", "contract", "合同.txt", "合同"u8.ToArray());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/service-purchases/{draft}?version=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(draftText)).StatusCode);
        var listed = await OkAsync(await admin.GetAsync($"/api/v1/service-purchases?year={Year}&unionId={union}"));
        Assert.Equal(200000m, (decimal)listed["items"]![0]!["summary"]!["paid"]!);
        Assert.Contains($"HT-{tag}", await (await admin.GetAsync($"/api/v1/service-purchases/export?year={Year}&unionId={union}&format=csv")).Content.ReadAsStringAsync());

        var report = (await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={Year}&unionId={union}")))["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (string)f!["value"]!);
        Assert.Equal(("1", "200,000.00"), (report["ServicePurchases"], report["ServiceSpend"]));

        // R9: a purchase but no designated service yet, then both.
        var r9 = await VerdictAsync(admin, union, "R9");
        Assert.Equal(("not-met", 1m), ((string)r9["status"]!, (decimal)r9["value"]!));
        await OkAsync(await admin.PostJsonAsync("/api/v1/designated-services", new { unionId = union, category = "employment", name = "就业创业服务点", place = "服务站", startsOn = Day(100) }), HttpStatusCode.Created);
        r9 = await VerdictAsync(admin, union, "R9");
        Assert.Equal(("met", 2), ((string)r9["status"]!, r9["evidence"]!.AsArray().Count));

        // Another union's staff neither see nor change it.
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/service-purchases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync($"/api/v1/service-purchases/{id}/payments", new { paidOn = Day(1), amount = 1, version = 5 })).StatusCode);
    }

    [Fact]
    public async Task Deliveries_make_one_union_meet_its_required_services_and_leave_another_short_of_one_category()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var hightech = await IndustrialUnionAsync(admin, $"FX-{tag}", "high-technology");
        var manufacturing = await IndustrialUnionAsync(admin, $"FZ-{tag}", "manufacturing");
        var grassroots = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"FZ1-{tag}", name = $"服务基层{tag}", kind = "grassroots-union", parentId = manufacturing }), HttpStatusCode.Created))["id"]!;
        var member = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = "求助职工", idNumber = MemberApiTests.NewIdNumber(), unionId = grassroots }), HttpStatusCode.Created))["id"]!;
        var outsider = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = "外会员", idNumber = MemberApiTests.NewIdNumber(), unionId = await app.UnionIdAsync("CY-GX-001") }), HttpStatusCode.Created))["id"]!;

        var r10 = await VerdictAsync(admin, hightech, "R10");
        Assert.Equal(("not-met", 0m, 2m), ((string)r10["status"]!, (decimal)r10["value"]!, (decimal)r10["threshold"]!));

        var bad = await OkAsync(await admin.PostJsonAsync("/api/v1/service-deliveries", new { unionId = manufacturing, category = "legal-aid", title = " ", deliveredOn = "2999-01-01", headcount = 0, memberIds = Array.Empty<long>() }), HttpStatusCode.BadRequest);
        Assert.Equal(["deliveredOn", "headcount", "title"], Keys(bad));
        var outside = await OkAsync(await admin.PostJsonAsync("/api/v1/service-deliveries", new { unionId = manufacturing, category = "legal-aid", title = "法律咨询", deliveredOn = Day(10), memberIds = new[] { outsider } }), HttpStatusCode.BadRequest);
        Assert.Equal(["memberIds"], Keys(outside));
        var noPurchase = await OkAsync(await admin.PostJsonAsync("/api/v1/service-deliveries", new { unionId = manufacturing, category = "legal-aid", title = "法律咨询", deliveredOn = Day(10), runBy = "purchase", headcount = 3 }), HttpStatusCode.BadRequest);
        Assert.Equal(["purchaseId"], Keys(noPurchase));

        async Task<JsonNode> Deliver(long union, string category, int headcount, long[]? members = null) =>
            await OkAsync(await admin.PostJsonAsync("/api/v1/service-deliveries", new { unionId = union, category, title = $"{category} 服务", deliveredOn = Day(20), place = "朝阳区", headcount, memberIds = members ?? [] }), HttpStatusCode.Created);
        await Deliver(hightech, "employment", 120);
        await Deliver(hightech, "skills-training", 45);
        foreach (var category in new[] { "skills-training", "work-safety", "occupational-health" })
        {
            await Deliver(manufacturing, category, 30);
        }

        var legal = await Deliver(grassroots, "legal-aid", 0, [member]);
        Assert.Equal(1, (int)legal["workersServed"]!);

        r10 = await VerdictAsync(admin, hightech, "R10");
        Assert.Equal(("met", 2m), ((string)r10["status"]!, (decimal)r10["value"]!));
        r10 = await VerdictAsync(admin, manufacturing, "R10");
        Assert.Equal(("not-met", 4m, 5m), ((string)r10["status"]!, (decimal)r10["value"]!, (decimal)r10["threshold"]!));
        var hardship = r10["evidence"]!.AsArray().Single(e => ((string)e!["href"]!).Contains("category=hardship-assistance", StringComparison.Ordinal))!;
        Assert.False((bool)hardship["meets"]!);
        Assert.Contains(r10["figures"]!.AsArray(), f => (string)f!["key"]! == "service.LegalAid" && (bool)f["meets"]!);
        var coverage = (await OkAsync(await admin.GetAsync($"/api/v1/service-deliveries/coverage?year={Year}"))).AsArray().Single(l => (long)l!["unionId"]! == manufacturing)!;
        Assert.Equal(5, coverage["categories"]!.AsArray().Count);
        Assert.False((bool)coverage["met"]!);

        var report = (await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={Year}&unionId={manufacturing}")))["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (string)f!["value"]!);
        Assert.Equal(("4", "91"), (report["ServiceDeliveries"], report["WorkersServed"]));

        // Who had legal aid is masked for a role that may not see personal data whole.
        using var staff = await app.ClientAsAsync("district-staff");
        Assert.Equal("求**工", (string)(await OkAsync(await staff.GetAsync($"/api/v1/service-deliveries/{(long)legal["id"]!}")))["recipients"]![0]!["name"]!);
        Assert.Equal("求助职工", (string)(await OkAsync(await admin.GetAsync($"/api/v1/service-deliveries/{(long)legal["id"]!}")))["recipients"]![0]!["name"]!);
        Assert.DoesNotContain("求助职工", await (await staff.GetAsync($"/api/v1/service-deliveries?unionId={manufacturing}&year={Year}")).Content.ReadAsStringAsync());
        Assert.Equal(4, (int)(await OkAsync(await admin.GetAsync($"/api/v1/service-deliveries?unionId={manufacturing}&year={Year}")))["total"]!);

        // The district may ask for more: two deliveries of each category.
        var twice = await OkAsync(await admin.PutJsonAsync("/api/v1/settings", new { key = "Services:MinimumDeliveries", value = "2" }));
        try
        {
            Assert.Equal(0m, (decimal)(await VerdictAsync(admin, hightech, "R10"))["value"]!);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/settings?key=Services:MinimumDeliveries&version={(long)twice["version"]!}")).StatusCode);
        }
    }

    [Fact]
    public async Task An_event_s_sign_in_sheet_names_the_members_counts_the_others_and_is_refused_whole_when_a_row_is_wrong()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var union = await IndustrialUnionAsync(admin, $"FQ-{tag}", "education");
        var ids = new List<string>();
        var phones = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            ids.Add(MemberApiTests.NewIdNumber());
            phones.Add($"139{Random.Shared.Next(10_000_000, 99_999_999)}");
            await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = $"签到{i}", idNumber = ids[i], phone = phones[i], unionId = union }), HttpStatusCode.Created);
        }

        var delivery = await OkAsync(await admin.PostJsonAsync("/api/v1/service-deliveries", new { unionId = union, category = "counselling", title = "心理减压团体辅导", deliveredOn = Day(3), headcount = 1 }), HttpStatusCode.Created);
        var id = (long)delivery["id"]!;
        async Task<(HttpStatusCode, JsonNode)> Upload(string path, long version)
        {
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path) },
                { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
            };
            var response = await admin.PostAsync($"/api/v1/service-deliveries/{id}/sign-in-sheet", form);
            return (response.StatusCode, await response.ReadNodeAsync());
        }

        string[] headers = ["序号", "姓名", "身份证号", "手机号"];
        var wrong = Rosters.WriteCsv([["1", "签到0", ids[0], ""], ["2", "别名", ids[1], ""], ["3", "外来", "110105199001011230", ""]], Rosters.Gbk, headers);
        var good = Rosters.WriteXlsx([["1", "签到0", ids[0], ""], ["2", "签到1", "", phones[1]], ["3", "非会员", MemberApiTests.NewIdNumber(), ""], ["4", "未留号码", "", ""]], headers);
        try
        {
            var (status, refused) = await Upload(wrong, 1);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(["rows[3].name", "rows[4].idNumber"], Keys(refused));
            Assert.Equal(1, (int)(await OkAsync(await admin.GetAsync($"/api/v1/service-deliveries/{id}")))["workersServed"]!);

            var (ok, taken) = await Upload(good, 1);
            Assert.Equal(HttpStatusCode.OK, ok);
            Assert.Equal((2, 2, 4), (taken["recipients"]!.AsArray().Count, (int)taken["headcount"]!, (int)taken["workersServed"]!));
            var (again, same) = await Upload(good, 2);
            Assert.Equal((HttpStatusCode.OK, 4), (again, (int)same["workersServed"]!));
        }
        finally
        {
            File.Delete(wrong);
            File.Delete(good);
        }

        using var auditor = await app.ClientAsAsync("auditor");
        var lookups = await (await auditor.GetAsync("/api/v1/audit-entries?entityType=ServiceDelivery&action=look-up&pageSize=50")).Content.ReadAsStringAsync();
        Assert.Contains($"delivery:{id}", lookups);
        Assert.DoesNotContain(ids[0], lookups);
    }
}

[Collection("sqlite")]
public sealed class ServicesTestsOnSqlite(SqliteApp app) : ServicesTests(app);

[Collection("postgres")]
public sealed class ServicesTestsOnPostgres(PostgresApp app) : ServicesTests(app);
