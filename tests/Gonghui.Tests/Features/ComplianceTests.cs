using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Features.Bargaining;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Features.WorkforceReports;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>
/// The compliance answer for a year of records of three new industrial unions — one meeting every measured rule, one
/// missing several, one (education) exempt from R7 — checked whole, evidence ids included; the district settings
/// changing a verdict; scopes.
/// </summary>
public abstract class ComplianceTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year - 1;

    private static string On(int month, int day) => new DateOnly(Year, month, day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Built(long A, long B, long C, Dictionary<string, long[]> Evidence);

    /// <summary>One expected cell: status, value, threshold and the ids of the records counted (null: a figure over many, not listed).</summary>
    private sealed record Cell(string Status, decimal? Value, decimal? Threshold, long[]? Ids = null, string? Reason = null);

    [Fact]
    public async Task Three_unions_a_year_of_records_and_the_whole_compliance_answer()
    {
        using var admin = await app.ClientAsAsync("admin");
        var built = await BuildAsync(admin);
        var (a, b, c, ev) = (built.A, built.B, built.C, built.Evidence);
        var expected = new Dictionary<long, Dictionary<string, Cell>>
        {
            [a] = new()
            {
                ["R1"] = new("met", 1m, 0.8m), ["R5"] = new("met", 1, 1, ev["contractA"]), ["R6"] = new("met", 1m, 0.8m, ev["contractA"]),
                ["R7"] = new("met", 100, 100, ev["trainingsA"]), ["R11"] = new("met", 1, 1, ev["meetingA"]), ["R12"] = new("met", 4, 4, ev["reportsA"]),
                ["R15"] = new("met", 1, 1, ev["caseA"]), ["R17"] = new("met", 1, 1, [.. ev["hearing"], .. ev["study"]]), ["R18"] = new("met", 3, 3, ev["officersA"]),
            },
            [b] = new()
            {
                ["R1"] = new("not-met", 0.2m, 0.8m), ["R5"] = new("not-met", 0, 1, []), ["R6"] = new("not-met", 0m, 0.8m, []),
                ["R7"] = new("not-met", 99, 100, ev["trainingsB"]), ["R11"] = new("not-met", 0, 1, []), ["R12"] = new("not-met", 3, 4, ev["reportsB"]),
                ["R15"] = new("not-met", 0, 1, ev["caseB"]), ["R17"] = new("not-met", 0, 1, ev["study"]), ["R18"] = new("not-met", 2, 3, ev["officersB"]),
            },
            [c] = new()
            {
                ["R1"] = new("no-data", null, 0.8m, [], "no-employees"), ["R5"] = new("not-met", 0, 1, []), ["R6"] = new("no-data", null, 0.8m, [], "no-enterprises"),
                ["R7"] = new("not-applicable", null, 100, [], "exempt-sector"), ["R11"] = new("not-met", 0, 1, []), ["R12"] = new("not-met", 0, 4, []),
                ["R15"] = new("not-applicable", 0, 0, [], "no-cases"), ["R17"] = new("met", 1, 1, [.. ev["hearing"], .. ev["study"]]), ["R18"] = new("not-met", 2, 3, ev["officersC"]),
            },
        };

        foreach (var (union, cells) in expected)
        {
            var answer = await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={union}"));
            Assert.Equal($"{Year}-12-31", (string)answer["asOf"]!);
            Assert.Equal(["R1", "R2", "R3", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R15", "R17", "R18"], answer["rules"]!.AsArray().Select(r => (string)r!["id"]!));
            var items = answer["items"]!.AsArray().ToDictionary(i => (string)i!["rule"]!, i => i!);
            Assert.All(items.Values, i => Assert.Equal(union, (long)i["unionId"]!));
            foreach (var (rule, cell) in cells)
            {
                var item = items[rule];
                Assert.True(cell.Status == (string)item["status"]!, $"{rule} of union {union}: {item.ToJsonString()}");
                Assert.Equal(cell.Value, (decimal?)item["value"]);
                Assert.Equal(cell.Threshold, (decimal?)item["threshold"]);
                Assert.Equal(cell.Reason, (string?)item["reason"]);
                if (cell.Ids is { } ids)
                {
                    Assert.Equal(ids.Order(), item["evidence"]!.AsArray().Select(e => (long)e!["id"]!).Order());
                }
            }

            // R13 reads the directory: the share of the union's unions with a public chair and phone.
            Assert.InRange((decimal)items["R13"]["value"]!, 0m, 1m);
            // No Jing Card yet: R8 is not met where the union has members (a nil rate), and has no data where it has none.
            Assert.Equal((decimal?)items["R8"]["value"] is null ? "no-data" : "not-met", (string)items["R8"]["status"]!);
            Assert.Equal(0m, (decimal?)items["R8"]["value"] ?? 0m);
            // No station, home or title: R3's station parts and titles fail (and homes built, where there are grassroots unions).
            Assert.Equal(("not-met", 0), ((string)items["R3"]["status"]!, (int)items["R3"]["value"]!));
            // No congress, open-affairs item or evaluation round: none of R2's three parts.
            Assert.Equal("not-met", (string)items["R2"]["status"]!);
            Assert.Equal(0, (int)items["R2"]["value"]!);
            Assert.Equal(3, (int)items["R2"]["threshold"]!);
            // A figure over many enterprises links to their list rather than naming each.
            if (union != c)
            {
                Assert.Equal($"/api/v1/enterprises?underUnionId={union}", (string)items["R1"]["evidence"]![0]!["href"]!);
            }
        }

        var r1 = await OkAsync(await admin.GetAsync($"/api/v1/enterprises?underUnionId={b}"));
        Assert.Equal(1, (int)r1["total"]!);
        await SettingsChangeTheVerdictAsync(admin, a);
        await ScopesAsync(a);

        var trend = await OkAsync(await admin.GetAsync($"/api/v1/compliance/trend?unionId={a}&years=2"));
        Assert.Equal([Year, Year + 1], trend["years"]!.AsArray().Select(y => (int)y!["value"]!));
        Assert.Equal(9, (int)trend["years"]![0]!["met"]!);
        var export = await admin.GetAsync($"/api/v1/compliance/export?year={Year}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 1000);
        Assert.True(await app.DbAsync(db => Task.FromResult(db.AuditEntries.Any(e => e.Action == "export" && e.EntityType == "Compliance"))));
    }

    [Fact]
    public async Task An_annual_plan_is_scored_from_the_records_by_the_union_and_then_by_the_district()
    {
        using var admin = await app.ClientAsAsync("admin");
        var built = await BuildAsync(admin);
        object Item(string title, int weight, string indicator, string? rule = null, string? counted = null, int? target = null, string dueOn = "") =>
            new { title, owner = "办公室", dueOn = dueOn.Length > 0 ? dueOn : On(12, 31), weight, indicator, rule, counted, target };
        var items = new[]
        {
            Item("每年召开联席会议", 30, "rule", rule: "R11"),
            Item("按季报送职工队伍分析", 20, "record-count", counted: "workforce-reports", target: 8),
            Item("建设职工书屋", 50, "manual"),
        };

        var bad = await OkAsync(await admin.PostJsonAsync("/api/v1/annual-plans", new
        {
            unionId = built.A, year = Year, items = new[] { Item("越年", 0, "rule", rule: "R99", dueOn: $"{Year + 1}-01-10"), Item("无目标", 10, "record-count", counted: "joint-meetings") },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["items[0].dueOn", "items[0].rule", "items[0].weight", "items[1].target"], bad["errors"]!.AsObject().Select(x => x.Key).Order());
        var grassroots = await OkAsync(await admin.PostJsonAsync("/api/v1/annual-plans", new { unionId = await app.UnionIdAsync("CY-GX-001"), year = Year, items = new[] { items[0] } }), HttpStatusCode.BadRequest);
        Assert.True(grassroots["errors"]!.AsObject().ContainsKey("items[0].indicator"));

        var plan = await OkAsync(await admin.PostJsonAsync("/api/v1/annual-plans", new { unionId = built.A, year = Year, items }), HttpStatusCode.Created);
        var id = (long)plan["id"]!;
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/v1/annual-plans", new { unionId = built.A, year = Year, items })).StatusCode);
        var read = plan["items"]!.AsArray().ToDictionary(i => (string)i!["title"]!, i => i!);
        Assert.Equal(("met", 100m), ((string)read["每年召开联席会议"]["status"]!, (decimal)read["每年召开联席会议"]["computedScore"]!));
        Assert.Equal((4m, 8m, 50m), ((decimal)read["按季报送职工队伍分析"]["value"]!, (decimal)read["按季报送职工队伍分析"]["threshold"]!, (decimal)read["按季报送职工队伍分析"]["computedScore"]!));
        Assert.Null(read["建设职工书屋"]["computedScore"]);
        Assert.Equal(100, (int)plan["totalWeight"]!);

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/annual-plans/{id}/scoring", new { items = Array.Empty<object>(), version = (long)plan["version"]! })).StatusCode);
        long Item0(string title) => (long)read[title]["id"]!;
        var missing = await OkAsync(await admin.PostJsonAsync($"/api/v1/annual-plans/{id}/self-assessment", new { items = Array.Empty<object>(), version = (long)plan["version"]! }), HttpStatusCode.BadRequest);
        Assert.Equal(["items[2].score"], missing["errors"]!.AsObject().Select(x => x.Key));
        var self = await OkAsync(await admin.PostJsonAsync($"/api/v1/annual-plans/{id}/self-assessment", new
        {
            // A computed item keeps its indicator's score whatever is sent.
            items = new[] { new { id = Item0("建设职工书屋"), score = 80m, note = "书屋已建成" }, new { id = Item0("每年召开联席会议"), score = 20m, note = "" } },
            version = (long)plan["version"]!,
        }));
        Assert.Equal(("self-assessed", 80.0m), ((string)self["status"]!, (decimal)self["selfTotal"]!)); // (30×100 + 20×50 + 50×80) ÷ 100
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutJsonAsync($"/api/v1/annual-plans/{id}", new { items, version = (long)self["version"]! })).StatusCode);

        using var unionAdmin = await app.ClientAsAsync("hitech-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await unionAdmin.GetAsync($"/api/v1/annual-plans/{id}")).StatusCode);
        var scored = await OkAsync(await admin.PostJsonAsync($"/api/v1/annual-plans/{id}/scoring", new
        {
            items = new[] { new { id = Item0("建设职工书屋"), score = 60m, note = "只建成一半" } }, version = (long)self["version"]!,
        }));
        Assert.Equal(("scored", 70.0m, 80.0m), ((string)scored["status"]!, (decimal)scored["districtTotal"]!, (decimal)scored["selfTotal"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/annual-plans/{id}/self-assessment", new { items = Array.Empty<object>(), version = (long)scored["version"]! })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/annual-plans/{id}?version={(long)scored["version"]!}")).StatusCode);

        using var evidence = new MultipartFormDataContent { { new ByteArrayContent("书屋照片"u8.ToArray()), "file", "书屋.txt" }, { new StringContent("evidence"), "label" } };
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync($"/api/v1/annual-plans/{id}/documents", evidence)).StatusCode);
        Assert.Equal(["evidence"], (await OkAsync(await admin.GetAsync($"/api/v1/annual-plans/{id}")))["documents"]!.AsArray().Select(d => (string)d!["label"]!));
        var list = await OkAsync(await admin.GetAsync($"/api/v1/annual-plans?year={Year}&unionId={built.A}"));
        Assert.Equal((70.0m, 3), ((decimal)list["items"]![0]!["districtTotal"]!, (int)list["items"]![0]!["items"]!));
    }

    [Fact]
    public async Task The_annual_report_and_the_dashboard_count_the_records()
    {
        using var admin = await app.ClientAsAsync("admin");
        var built = await BuildAsync(admin);
        var report = await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={Year}&unionId={built.A}"));
        Assert.Equal($"{Year}-12-31", (string)report["asOf"]!);
        var figures = report["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (string)f!["value"]!);
        // The union, its grassroots union; one enterprise of two employees with two members; one contract; a meeting,
        // four reports and one case of the year.
        Assert.Equal(("2", "1", "2", "100.0%"), (figures["Unions"], figures["CoveredEnterprises"], figures["Members"], figures["MembershipRate"]));
        Assert.Equal(("1", "1", "1"), (figures["ContractsInForce"], figures["IndustryWageContracts"], figures["ContractEnterprises"]));
        Assert.Equal(("1", "4", "1", "0"), (figures["JointMeetings"], figures["WorkforceReports"], figures["WarningCasesOpened"], figures["WarningCasesClosed"]));
        Assert.Equal("100", figures["CertifiedWorkers"]);
        Assert.Equal(["R1", "R5", "R6", "R7", "R11", "R12", "R15", "R17", "R18"],
            report["scorecard"]!["items"]!.AsArray().Where(i => (string)i!["status"]! == "met").Select(i => (string)i!["rule"]!));
        var export = await admin.GetAsync($"/api/v1/annual-report/export?year={Year}&unionId={built.A}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 1000);
        Assert.True(await app.DbAsync(db => Task.FromResult(db.AuditEntries.Any(e => e.Action == "export" && e.EntityType == "AnnualReport" && e.EntityId == built.A.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        await PrintedReportAsync(admin, built.A);

        // The dashboard: the case of union B is open at level II, A's at level III; the contract of A is in force today.
        var dashboard = await OkAsync(await admin.GetAsync("/api/v1/dashboard"));
        Assert.True((int)dashboard["openWarningCases"]!["II"]! >= 1 && (int)dashboard["openWarningCases"]!["III"]! >= 1);
        Assert.True((int)dashboard["contractsInForce"]! >= 1);
        Assert.InRange((double)dashboard["enterpriseCoverageRate"]!, 0, 1);
    }

    /// <summary>
    /// The report as a PDF: one document titled with the year and the union, its Chinese set in the embedded CJK font,
    /// audited; a format it does not know is refused, and a server without the font says which package to install.
    /// </summary>
    private async Task PrintedReportAsync(HttpClient admin, long union)
    {
        var response = await admin.GetAsync($"/api/v1/annual-report/export?year={Year}&unionId={union}&format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"annual-report-{Year}-{union}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
        {
            Assert.StartsWith($"{Year} 年度工作报告 · 考核甲产业工会", pdf.Info.Title, StringComparison.Ordinal);
            Assert.InRange(pdf.PageCount, 1, 3);
        }

        // The font is embedded (a subset, its name prefixed) and maps its glyphs back to text, so the report can be searched and copied.
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("+WenQuanYi", text, StringComparison.Ordinal);
        Assert.Contains("/ToUnicode", text, StringComparison.Ordinal);
        Assert.Equal(2, await app.DbAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.Action == "export" && e.EntityType == "AnnualReport" && e.EntityId == union.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        // The district's report has a column per rule: that matrix lies on A4 turned sideways, the rest stands upright.
        var district = await admin.GetAsync($"/api/v1/annual-report/export?year={Year}&format=pdf");
        Assert.Equal(HttpStatusCode.OK, district.StatusCode);
        using (var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(await district.Content.ReadAsByteArrayAsync()), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
        {
            var sideways = Enumerable.Range(0, pdf.PageCount).Select(i => pdf.Pages[i].Width.Point > pdf.Pages[i].Height.Point).ToList();
            Assert.False(sideways[0]);
            Assert.Contains(true, sideways);
            Assert.False(sideways[^1]);
        }

        var unknown = await OkAsync(await admin.GetAsync($"/api/v1/annual-report/export?year={Year}&unionId={union}&format=docx"), HttpStatusCode.BadRequest);
        Assert.Equal("格式只能是 xlsx 或 pdf。", (string)unknown["errors"]!["format"]![0]!);

        await using var fontless = app.WithWebHostBuilder(b => b.UseSetting("Pdf:FontFile", "/nonexistent/gonghui-font.ttc"));
        using var client = fontless.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.NewTokenAsync("admin"));
        var missing = await OkAsync(await client.GetAsync($"/api/v1/annual-report/export?year={Year}&unionId={union}&format=pdf"), HttpStatusCode.ServiceUnavailable);
        Assert.Contains("fonts-wqy-microhei", (string)missing["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/annual-report/export?year={Year}&unionId={union}&format=xlsx")).StatusCode);
    }

    /// <summary>R11's minimum raised to 2 makes the union with one meeting fail, the verdict naming the value it used; reset, it passes again.</summary>
    private async Task SettingsChangeTheVerdictAsync(HttpClient admin, long a)
    {
        async Task<JsonNode> R11() => (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={a}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R11")!;
        var settings = await OkAsync(await admin.GetAsync("/api/v1/settings"));
        var minimum = settings.AsArray().Single(s => (string)s!["key"]! == "JointMeetings:Minimum")!;
        Assert.Equal(("1", "1", false), ((string)minimum["value"]!, (string)minimum["default"]!, (bool)minimum["overridden"]!));

        var bad = await OkAsync(await admin.PutJsonAsync("/api/v1/settings", new { key = "JointMeetings:Minimum", value = "两次" }), HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("value"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutJsonAsync("/api/v1/settings", new { key = "JointMeetings:Nothing", value = "2" })).StatusCode);
        using var unionAdmin = await app.ClientAsAsync("hitech-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await unionAdmin.PutJsonAsync("/api/v1/settings", new { key = "JointMeetings:Minimum", value = "0" })).StatusCode);

        var set = await OkAsync(await admin.PutJsonAsync("/api/v1/settings", new { key = "JointMeetings:Minimum", value = " 2 " }));
        try
        {
            Assert.Equal(("2", true), ((string)set["value"]!, (bool)set["overridden"]!));
            var raised = await R11();
            Assert.Equal(("not-met", 1m, 2m, "2"), ((string)raised["status"]!, (decimal)raised["value"]!, (decimal)raised["threshold"]!, (string)raised["parameters"]!["JointMeetings:Minimum"]!));
            // The module reads the same setting.
            var byUnion = await OkAsync(await admin.GetAsync($"/api/v1/joint-meetings/by-union?year={Year}"));
            Assert.Equal(2, (int)byUnion.AsArray().Single(r => (long)r!["unionId"]! == a)!["minimum"]!);
            Assert.True(await app.DbAsync(db => Task.FromResult(db.AuditEntries.Any(e => e.EntityType == "DistrictSetting" && e.After!.Contains("JointMeetings:Minimum")))));
            var stale = await admin.PutJsonAsync("/api/v1/settings", new { key = "JointMeetings:Minimum", value = "3", version = (long)set["version"]! + 5 });
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/settings?key=JointMeetings:Minimum&version={(long)set["version"]!}")).StatusCode);
        }

        Assert.Equal("met", (string)(await R11())["status"]!);
    }

    private async Task ScopesAsync(long a)
    {
        using var hitech = await app.ClientAsAsync("hitech-staff");
        var own = await OkAsync(await hitech.GetAsync($"/api/v1/compliance?year={Year}"));
        Assert.Equal(["CY-GX"], own["unions"]!.AsArray().Select(u => (string)u!["code"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/compliance?year={Year}&unionId={a}")).StatusCode);
        using var district = await app.ClientAsAsync("district-staff");
        Assert.Equal(HttpStatusCode.BadRequest, (await district.GetAsync($"/api/v1/compliance?year={Year}&unionId={await app.UnionIdAsync("CY-A01")}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await district.GetAsync($"/api/v1/compliance?year={Year + 2}")).StatusCode);
        // The Party group's hearing of other unions is not the high-technology union's to see; the study session is everyone's.
        var sessions = await OkAsync(await hitech.GetAsync($"/api/v1/leadership-sessions?year={Year}&pageSize=100"));
        Assert.All(sessions["items"]!.AsArray(), s => Assert.Equal("study-session", (string)s!["kind"]!));
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync("/api/v1/leadership-sessions", new { kind = "study-session", heldOn = On(7, 1), title = "越权", topics = "……" })).StatusCode);
    }

    private async Task<Built> BuildAsync(HttpClient admin)
    {
        var district = await app.UnionIdAsync("CY");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        async Task<long> Union(string code, string name, string kind, long parent, string? sector = null) =>
            (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"{code}-{tag}", name = $"{name}{tag}", kind, parentId = parent, sector }), HttpStatusCode.Created))["id"]!;
        var a = await Union("KA", "考核甲产业工会", "industrial-union", district, "manufacturing");
        var b = await Union("KB", "考核乙产业工会", "industrial-union", district, "services");
        var c = await Union("KC", "考核丙教育工会", "industrial-union", district, "education");
        var ga = await Union("KA1", "考核甲基层工会", "grassroots-union", a);
        var gb = await Union("KB1", "考核乙基层工会", "grassroots-union", b);
        async Task<long> Enterprise(long union, int employees, int members)
        {
            var id = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/enterprises", new { name = $"考核企业{Guid.NewGuid().ToString("N")[..6]}", creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "C", employees, unionId = union }), HttpStatusCode.Created))["id"]!;
            for (var i = 0; i < members; i++)
            {
                await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = "考核会员", idNumber = MemberApiTests.NewIdNumber(), unionId = union, enterpriseId = id, joinedOn = On(1, 1) }), HttpStatusCode.Created);
            }

            return id;
        }

        var ea = await Enterprise(ga, 2, 2);
        await Enterprise(gb, 10, 2);
        async Task<long[]> Officers(long union, int count, string? endOn = null)
        {
            var created = new List<long>();
            for (var i = 0; i < count; i++)
            {
                created.Add((long)(await OkAsync(await admin.PostJsonAsync("/api/v1/officers",
                    new { unionId = union, name = $"干事{i}", post = "干事", fullTime = true, startOn = $"{Year - 1}-01-01", endOn = i == 0 ? endOn : null }), HttpStatusCode.Created))["id"]!);
            }

            return [.. created];
        }

        var officersA = await Officers(a, 3);
        var officersB = await Officers(b, 2);
        var officersC = (await Officers(c, 3, On(6, 30))).Skip(1).ToArray(); // the first left in June: two in post on 31 December

        var meeting = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/joint-meetings", new
        {
            unionId = a, kind = "joint-meeting", heldOn = On(6, 18), title = "行业联席会议", topics = new[] { "labour-relations" },
            participants = new[] { new { kind = "government-department", name = "区人力资源和社会保障局" } },
        }), HttpStatusCode.Created))["id"]!;
        var hearing = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/leadership-sessions", new
        {
            kind = "leadership-hearing", heldOn = On(3, 18), title = "党组听取产业工会工作汇报", topics = "年度工作", unionIds = new[] { a, c },
        }), HttpStatusCode.Created))["id"]!;
        var noUnions = await OkAsync(await admin.PostJsonAsync("/api/v1/leadership-sessions", new { kind = "leadership-hearing", heldOn = On(3, 18), title = "无对象", topics = "……" }), HttpStatusCode.BadRequest);
        Assert.True(noUnions["errors"]!.AsObject().ContainsKey("unionIds"));
        var grassroots = await OkAsync(await admin.PostJsonAsync("/api/v1/leadership-sessions", new { kind = "leadership-hearing", heldOn = On(3, 18), title = "基层", topics = "……", unionIds = new[] { ga } }), HttpStatusCode.BadRequest);
        Assert.True(grassroots["errors"]!.AsObject().ContainsKey("unionIds"));
        var study = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/leadership-sessions", new
        {
            kind = "study-session", heldOn = On(6, 25), title = "党组专题研究产业工会工作", topics = "干事配备", conclusions = "补齐干事",
        }), HttpStatusCode.Created))["id"]!;

        // Records the API dates today (a contract's filing, a report's submission, a case's reports) are set in the past directly.
        var ids = await app.DbAsync(async db =>
        {
            var contract = new CollectiveContract
            {
                UnionId = a, Kind = ContractKind.IndustryWage, Title = "考核行业工资集体合同", CounterpartyKind = CounterpartyKind.Association,
                StartOn = new DateOnly(Year, 1, 1), EndOn = new DateOnly(Year + 1, 12, 31), SignedOn = new DateOnly(Year, 1, 5), FiledOn = new DateOnly(Year, 1, 8),
                ReceivedOn = new DateOnly(Year, 1, 8), EffectiveOn = new DateOnly(Year, 1, 23), Enterprises = [new ContractEnterprise { EnterpriseId = ea }],
                Clauses = [.. new[] { ClauseTopic.Remuneration, ClauseTopic.RestAndLeave, ClauseTopic.SafetyAndHealth, ClauseTopic.VocationalTraining, ClauseTopic.InsuranceAndWelfare }
                    .Select(t => new ContractClause { Topic = t, Text = "条款" })],
            };
            db.Add(contract);
            WorkforceReport Report(long union, int quarter, DateOnly submitted) => new()
            {
                UnionId = union, Year = Year, Quarter = quarter, Status = WorkforceReportStatus.Submitted, SubmittedOn = submitted, Narrative = "分析",
            };
            var reportsA = Enumerable.Range(1, 4).Select(q => Report(a, q, new DateOnly(Year, q * 3, 1).AddMonths(1).AddDays(5))).ToList();
            var reportsB = new[] { Report(b, 1, new DateOnly(Year, 4, 16)), Report(b, 2, new DateOnly(Year, 7, 15)), Report(b, 3, new DateOnly(Year, 10, 1)), Report(b, 4, new DateOnly(Year + 1, 1, 15)) };
            db.AddRange(reportsA);
            db.AddRange(reportsB);
            var opened = new DateTime(Year, 5, 10, 2, 0, 0, DateTimeKind.Utc);
            WarningCase Case(long union, WarningLevel level, TimeSpan labourAfter) => new()
            {
                UnionId = union, Title = "欠薪预警", Summary = "……", WorkersInvolved = 30, Level = level, LevelSince = opened, OpenedAt = opened, Status = WarningCaseStatus.Open,
                Reports =
                [
                    new WarningReport { Recipient = ReportRecipient.DistrictFederation, ReportedAt = opened.AddHours(2), ReceivedBy = "区总工会" },
                    new WarningReport { Recipient = ReportRecipient.LabourDepartment, ReportedAt = opened + labourAfter, ReceivedBy = "区人社局" },
                ],
            };
            var caseA = Case(ga, WarningLevel.III, TimeSpan.FromHours(70));
            var caseB = Case(gb, WarningLevel.II, TimeSpan.FromHours(48));
            db.AddRange(caseA, caseB);
            await db.SaveChangesAsync();
            return new Dictionary<string, long[]>
            {
                ["contractA"] = [contract.Id], ["reportsA"] = [.. reportsA.Select(r => r.Id)], ["reportsB"] = [.. reportsB.Select(r => r.Id)],
                ["caseA"] = [caseA.Id], ["caseB"] = [caseB.Id],
            };
        });
        ids["meetingA"] = [meeting];
        // R7 at its boundary: A's grassroots union certifies 60 workers and A itself 42 more, two of them again (100 workers); B certifies 99.
        async Task<long> Training(long union, string[] workers)
        {
            var training = await OkAsync(await admin.PostJsonAsync("/api/v1/certification-trainings", new
            {
                unionId = union, title = "考核取证培训", occupation = "电工", level = "intermediate", startOn = On(8, 1), endOn = On(8, 31), trainees = workers.Length,
            }), HttpStatusCode.Created);
            var id = (long)training["id"]!;
            var added = await OkAsync(await admin.PostJsonAsync($"/api/v1/certification-trainings/{id}/certificates", new
            {
                certificates = workers.Select((w, i) => new { workerName = "取证职工", idNumber = w, certificateNumber = $"ZS{i:0000}", issuedOn = On(9, 1) }),
                version = (long)training["version"]!,
            }));
            Assert.Equal(workers.Length, added["certificates"]!.AsArray().Count);
            return id;
        }

        var workersA = Enumerable.Range(0, 100).Select(_ => MemberApiTests.NewIdNumber()).ToArray();
        ids["trainingsA"] = [await Training(ga, workersA[..60]), await Training(a, [.. workersA[60..], workersA[0], workersA[1]])];
        ids["trainingsB"] = [await Training(b, [.. Enumerable.Range(0, 99).Select(_ => MemberApiTests.NewIdNumber())])];
        ids["hearing"] = [hearing];
        // Study sessions are the district's, counted for every union: another test's of the same year count too.
        var sessions = await OkAsync(await admin.GetAsync($"/api/v1/leadership-sessions?year={Year}&kind=study-session&pageSize=100"));
        ids["study"] = [.. sessions["items"]!.AsArray().Select(x => (long)x!["id"]!)];
        Assert.Contains(study, ids["study"]);
        ids["officersA"] = officersA;
        ids["officersB"] = officersB;
        ids["officersC"] = officersC;
        return new Built(a, b, c, ids);
    }
}

[Collection("sqlite")]
public sealed class ComplianceTestsOnSqlite(SqliteApp app) : ComplianceTests(app);

[Collection("postgres")]
public sealed class ComplianceTestsOnPostgres(PostgresApp app) : ComplianceTests(app);
