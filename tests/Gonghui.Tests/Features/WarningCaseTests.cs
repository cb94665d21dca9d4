using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class WarningCaseTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private async Task<long> EnterpriseAsync(HttpClient client, int employees)
    {
        var created = await OkAsync(await client.PostJsonAsync("/api/v1/enterprises", new
        {
            name = "预警企业" + Guid.NewGuid().ToString("N")[..6], creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "C", subDistrict = "酒仙桥",
            employees, unionId = await app.UnionIdAsync("CY-GX-003"),
        }), HttpStatusCode.Created);
        return (long)created["id"]!;
    }

    private static object Layoff(long enterpriseId, int laidOff, int? workforce = null, int noticeDays = 30) => new
    {
        enterpriseId, laidOff, workforce, noticeGivenOn = "2025-03-01", effectiveOn = DateOnly.Parse("2025-03-01", System.Globalization.CultureInfo.InvariantCulture).AddDays(noticeDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_layoff_that_L7_covers_raises_a_case_and_a_smaller_one_does_not()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var enterprise = await EnterpriseAsync(staff, 500);

        // 19 of 500 (3.8%): below both thresholds.
        var small = await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases/layoffs", Layoff(enterprise, 19)));
        Assert.False((bool)small["verdict"]!["covered"]!);
        Assert.Null(small["case"]);

        // 20: covered; 29 days' notice is short.
        var raised = await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases/layoffs", Layoff(enterprise, 20, noticeDays: 29)), HttpStatusCode.Created);
        Assert.False((bool)raised["verdict"]!["noticeMet"]!);
        var c = raised["case"]!;
        Assert.Equal("III", (string)c["level"]!);
        Assert.Equal(20, (int)c["workersInvolved"]!);
        Assert.False((bool)c["signals"]![0]!["noticeMet"]!);

        // A second covered layoff feeds the enterprise's open case; 60 workers raise it to II by the rules.
        var fed = await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases/layoffs", Layoff(enterprise, 60)), HttpStatusCode.Created);
        Assert.Equal((long)c["id"]!, (long)fed["case"]!["id"]!);
        Assert.Equal("II", (string)fed["case"]!["level"]!);
        Assert.Equal(2, fed["case"]!["signals"]!.AsArray().Count);
        Assert.Contains(fed["case"]!["timeline"]!.AsArray(), e => (string)e!["step"]! == "level");

        // 10% exactly of 100 is covered, 9.9% (10 of 101) is not.
        var other = await EnterpriseAsync(staff, 100);
        Assert.Null((await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases/layoffs", Layoff(other, 10, workforce: 101))))["case"]);
        Assert.NotNull((await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases/layoffs", Layoff(other, 10)), HttpStatusCode.Created))["case"]);

        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases/layoffs", new { enterpriseId = enterprise, laidOff = 0, noticeGivenOn = "2025-03-10", effectiveOn = "2025-03-01" }), HttpStatusCode.BadRequest);
        Assert.Equal(["effectiveOn", "laidOff"], bad["errors"]!.AsObject().Select(x => x.Key).Order());
        using var outsider = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostJsonAsync("/api/v1/warning-cases/layoffs", Layoff(enterprise, 30))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/warning-cases/{(long)c["id"]!}")).StatusCode);
    }

    [Fact]
    public async Task Reporting_is_overdue_after_the_levels_limit_and_a_mediation_closes_the_case()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var enterprise = await EnterpriseAsync(staff, 800);
        var gx = await app.UnionIdAsync("CY-GX");
        object Open(int workers, double hoursAgo, string kind = "collective-incident") => new
        {
            unionId = gx, enterpriseId = enterprise, title = "集体讨薪", summary = "部分职工聚集讨要加班费", openedAt = DateTime.UtcNow.AddHours(-hoursAgo),
            signal = new { kind, observedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), workersInvolved = workers, description = "约百名职工聚集" },
        };

        // Level I: 24 hours. Opened 23 hours ago it is not overdue; 25 hours ago it is.
        var fresh = await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases", Open(120, 23)), HttpStatusCode.Created);
        Assert.Equal("I", (string)fresh["level"]!);
        Assert.All(fresh["reporting"]!.AsArray(), r => Assert.False((bool)r!["overdue"]!));
        var late = await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases", Open(120, 25)), HttpStatusCode.Created);
        var id = (long)late["id"]!;
        Assert.All(late["reporting"]!.AsArray(), r => Assert.True((bool)r!["overdue"]!));
        var overdue = await OkAsync(await staff.GetAsync("/api/v1/warning-cases?overdue=true&pageSize=500"));
        Assert.Contains(overdue["items"]!.AsArray(), r => (long)r!["id"]! == id);
        Assert.DoesNotContain(overdue["items"]!.AsArray(), r => (long)r!["id"]! == (long)fresh["id"]!);
        Assert.True((int)(await OkAsync(await staff.GetAsync("/api/v1/warning-overview")))["reportingOverdue"]! >= 1);

        // A collective incident needs 10 workers.
        var small = await OkAsync(await staff.PostJsonAsync("/api/v1/warning-cases", Open(9, 1)), HttpStatusCode.BadRequest);
        Assert.True(small["errors"]!.AsObject().ContainsKey("signal.workersInvolved"));

        // Reported to the District Federation now: reported, late. It cannot close before the labour department has it.
        var reported = await OkAsync(await staff.PostJsonAsync($"/api/v1/warning-cases/{id}/reports", new { recipient = "district-federation", receivedBy = "区总工会法律服务中心", version = (long)late["version"]! }));
        var toDistrict = reported["reporting"]!.AsArray().Single(r => (string)r!["recipient"]! == "district-federation")!;
        Assert.NotNull(toDistrict["reportedAt"]);
        Assert.True((bool)toDistrict["overdue"]!);
        var refused = await OkAsync(await staff.PostJsonAsync($"/api/v1/warning-cases/{id}/closure", new { outcome = "agreement", reviewNote = "已达成协议", version = (long)reported["version"]! }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R15", (string)refused["rule"]!);

        var both = await OkAsync(await staff.PostJsonAsync($"/api/v1/warning-cases/{id}/reports", new { recipient = "labour-department", receivedBy = "区人力社保局劳动关系科", version = (long)reported["version"]! }));
        var raised = await OkAsync(await staff.PostJsonAsync($"/api/v1/warning-cases/{id}/level", new { level = "II", reason = "降级", version = (long)both["version"]! }), HttpStatusCode.BadRequest);
        Assert.True(raised["errors"]!.AsObject().ContainsKey("level"));
        var mediated = await OkAsync(await staff.PostJsonAsync($"/api/v1/warning-cases/{id}/mediations", new
        {
            heldOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), mediator = "区劳动争议调解中心", parties = "企业方、职工代表", outcome = "agreement", note = "补发加班费", version = (long)both["version"]!,
        }));
        Assert.Equal("agreement", (string)mediated["mediations"]![0]!["outcome"]!);

        // The agreement itself is kept with the case; its download is audited.
        using var upload = new MultipartFormDataContent { { new ByteArrayContent("调解协议书"u8.ToArray()), "file", "调解协议.txt" }, { new StringContent("mediation-agreement"), "label" } };
        var document = await OkAsync(await staff.PostAsync($"/api/v1/warning-cases/{id}/documents", upload), HttpStatusCode.Created);
        var withDocument = await OkAsync(await staff.GetAsync($"/api/v1/warning-cases/{id}"));
        Assert.Equal("mediation-agreement", (string)withDocument["documents"]![0]!["label"]!);
        Assert.Equal("调解协议书", await staff.GetStringAsync($"/api/v1/warning-cases/{id}/documents/{(long)document["id"]!}"));
        using var wrongLabel = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "x.txt" }, { new StringContent("minutes"), "label" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync($"/api/v1/warning-cases/{id}/documents", wrongLabel)).StatusCode);
        var closed = await OkAsync(await staff.PostJsonAsync($"/api/v1/warning-cases/{id}/closure", new { outcome = "agreement", reviewNote = "企业补发加班费，职工复工；持续关注工时制度", version = (long)mediated["version"]! }));
        Assert.Equal("closed", (string)closed["status"]!);
        var csv = System.Text.Encoding.UTF8.GetString(await (await staff.GetAsync("/api/v1/warning-cases/export?status=closed&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("集体讨薪", csv, StringComparison.Ordinal);
        Assert.Contains("报告劳动行政部门", csv, StringComparison.Ordinal);
        Assert.Equal(["opened", "signal", "report", "report", "mediation", "closed"], closed["timeline"]!.AsArray().Select(e => (string)e!["step"]!).Where(s => s != "level"));
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostJsonAsync($"/api/v1/warning-cases/{id}/mediations", new { heldOn = "2025-01-01", mediator = "x", parties = "y", outcome = "failed", version = (long)closed["version"]! })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/v1/warning-cases/{id}?version={(long)closed["version"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/warning-cases/{(long)fresh["id"]!}?version={(long)fresh["version"]!}")).StatusCode);
    }

    [Fact]
    public async Task A_quarterly_report_with_arrears_is_a_signal_until_a_case_takes_it_up()
    {
        using var district = await app.ClientAsAsync("district-staff");
        var union = await app.UnionIdAsync("CY-ZZ-004");
        var draft = await OkAsync(await district.PostJsonAsync("/api/v1/workforce-reports", new { unionId = union, year = 2024, quarter = 4, figures = WorkforceReportTests.Figures(200, 5200m, arrearsWorkers: 30, arrearsAmount: 240000m) }), HttpStatusCode.Created);
        var report = (long)draft["id"]!;
        await OkAsync(await district.PostJsonAsync($"/api/v1/workforce-reports/{report}/submission", new { version = (long)draft["version"]! }));
        var signals = await OkAsync(await district.GetAsync("/api/v1/warning-cases/report-signals?year=2024&quarter=4"));
        Assert.Contains(signals.AsArray(), s => (long)s!["workforceReportId"]! == report && (string)s["kind"]! == "wage-arrears");

        var opened = await OkAsync(await district.PostJsonAsync("/api/v1/warning-cases", new
        {
            unionId = union, title = "四季度欠薪", signal = new { kind = "wage-arrears", observedOn = "2025-01-10", workersInvolved = 30, description = "季度分析报欠薪 30 人", workforceReportId = report },
        }), HttpStatusCode.Created);
        Assert.Equal("III", (string)opened["level"]!);
        signals = await OkAsync(await district.GetAsync("/api/v1/warning-cases/report-signals?year=2024&quarter=4"));
        Assert.DoesNotContain(signals.AsArray(), s => (long)s!["workforceReportId"]! == report);
    }
}

[Collection("sqlite")]
public sealed class WarningCaseTestsOnSqlite(SqliteApp app) : WarningCaseTests(app);

[Collection("postgres")]
public sealed class WarningCaseTestsOnPostgres(PostgresApp app) : WarningCaseTests(app);
