using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class WorkforceReportTests(GonghuiApp app)
{
    internal static async Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadNodeAsync();
    }

    internal static object Figures(int workers, decimal pay, int arrearsWorkers = 0, decimal arrearsAmount = 0, int received = 2, int resolved = 1) => new
    {
        workersAtEnd = workers, hired = 5, left = 3, averageMonthlyPay = pay, wageArrearsEnterprises = arrearsWorkers > 0 ? 1 : 0, wageArrearsWorkers = arrearsWorkers,
        wageArrearsAmount = arrearsAmount, socialInsuranceArrearsEnterprises = 0, socialInsuranceArrearsAmount = 0m, laidOff = 0, overtimeComplaints = 1,
        disputesReceived = received, disputesResolved = resolved,
    };

    [Fact]
    public async Task Grassroots_reports_roll_up_into_the_industrial_unions_report_and_late_and_missing_quarters_are_flagged()
    {
        using var district = await app.ClientAsAsync("district-staff");
        var (g1, g2, industrial) = (await app.UnionIdAsync("CY-WC-001"), await app.UnionIdAsync("CY-WC-002"), await app.UnionIdAsync("CY-WC"));
        async Task<JsonNode> Submit(long unionId, object figures)
        {
            var draft = await OkAsync(await district.PostJsonAsync("/api/v1/workforce-reports", new { unionId, year = 2025, quarter = 1, figures, narrative = "一季度职工队伍总体稳定" }), HttpStatusCode.Created);
            Assert.Equal("draft", (string)draft["status"]!);
            return await OkAsync(await district.PostJsonAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}/submission", new { version = (long)draft["version"]! }));
        }

        await Submit(g1, Figures(100, 6000m, arrearsWorkers: 12, arrearsAmount: 96000m));
        await Submit(g2, Figures(300, 8000m));

        var rollUp = await OkAsync(await district.GetAsync($"/api/v1/workforce-reports/roll-up?unionId={industrial}&year=2025&quarter=1"));
        var figures = rollUp["figures"]!;
        Assert.Equal(400, (int)figures["workersAtEnd"]!);
        Assert.Equal(10, (int)figures["hired"]!);
        Assert.Equal(7500m, (decimal)figures["averageMonthlyPay"]!); // weighted by workforce: (100×6000 + 300×8000) / 400
        Assert.Equal(12, (int)figures["wageArrearsWorkers"]!);
        Assert.Equal(2, rollUp["sources"]!.AsArray().Count);
        Assert.Equal(4, rollUp["notReported"]!.AsArray().Count);

        // The industrial union saves the draft (editable) and submits it long after 15 April 2025: late.
        var edited = figures.DeepClone().AsObject();
        edited["overtimeComplaints"] = 3;
        var own = await OkAsync(await district.PostJsonAsync("/api/v1/workforce-reports", new { unionId = industrial, year = 2025, quarter = 1, figures = edited, narrative = "汇总", rolledUpFrom = 2 }), HttpStatusCode.Created);
        Assert.Equal("overdue", (string)own["deadline"]!);
        Assert.Equal("2025-04-15", (string)own["dueOn"]!);
        var submitted = await OkAsync(await district.PostJsonAsync($"/api/v1/workforce-reports/{(long)own["id"]!}/submission", new { version = (long)own["version"]! }));
        Assert.Equal("late", (string)submitted["deadline"]!);
        Assert.Equal(3, (int)submitted["figures"]!["overtimeComplaints"]!);
        Assert.Equal(2, (int)submitted["rolledUpFrom"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await district.PostJsonAsync($"/api/v1/workforce-reports/{(long)own["id"]!}/submission", new { version = (long)submitted["version"]! })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await district.DeleteAsync($"/api/v1/workforce-reports/{(long)own["id"]!}?version={(long)submitted["version"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await district.PostJsonAsync("/api/v1/workforce-reports", new { unionId = industrial, year = 2025, quarter = 1, figures = edited })).StatusCode);

        // The matrix: Q1 late, Q2–Q4 of 2025 missing and overdue; the year not met.
        var matrix = await OkAsync(await district.GetAsync("/api/v1/workforce-reports/matrix?year=2025&pageSize=100"));
        var row = matrix["items"]!.AsArray().Single(r => (long)r!["unionId"]! == industrial)!;
        Assert.Equal(["late", "overdue", "overdue", "overdue"], row["quarters"]!.AsArray().Select(c => (string)c!["deadline"]!));
        Assert.False((bool)row["met"]!);
        Assert.Equal(7, (int)matrix["total"]!);

        // The year's reports as a spreadsheet, every indicator a column; the export is audited.
        var csv = System.Text.Encoding.UTF8.GetString(await (await district.GetAsync("/api/v1/workforce-reports/export?year=2025&quarter=1&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("季末职工人数", csv, StringComparison.Ordinal);
        Assert.Contains("朝阳区文化创意产业工会", csv, StringComparison.Ordinal);
        Assert.Contains("逾期完成", csv, StringComparison.Ordinal);

        var trend = await OkAsync(await district.GetAsync($"/api/v1/workforce-reports/trend?unionId={g1}&fromYear=2025&toYear=2025"));
        Assert.Equal(100, (int)trend["points"]!.AsArray().Single()!["figures"]!["workersAtEnd"]!);
    }

    [Fact]
    public async Task A_quarters_report_is_sent_only_after_the_quarter_ends()
    {
        using var district = await app.ClientAsAsync("district-staff");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var quarter = (today.Month + 2) / 3;
        var union = await app.UnionIdAsync("CY-WC-002");
        var draft = await OkAsync(await district.PostJsonAsync("/api/v1/workforce-reports", new { unionId = union, year = today.Year, quarter, figures = Figures(50, 7000m), narrative = "本季度尚未结束" }), HttpStatusCode.Created);
        var early = await district.PostJsonAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}/submission", new { version = (long)draft["version"]! });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        var problem = await early.ReadNodeAsync();
        Assert.Equal("R12", (string)problem["rule"]!);
        Assert.Contains("季度结束", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Equal("draft", (string)(await OkAsync(await district.GetAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}")))["status"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await district.DeleteAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}?version={(long)draft["version"]!}")).StatusCode);
    }

    [Fact]
    public async Task Bad_figures_are_refused_with_every_reason_and_other_unions_may_not_report()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var gx = await app.UnionIdAsync("CY-GX");
        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/workforce-reports", new { unionId = gx, year = 2999, quarter = 5, figures = Figures(10, 5000m, received: 1, resolved: 2) }), HttpStatusCode.BadRequest);
        Assert.Equal(["figures.disputesResolved", "quarter"], bad["errors"]!.AsObject().Select(x => x.Key).Order());
        var negative = await OkAsync(await staff.PostJsonAsync("/api/v1/workforce-reports", new { unionId = gx, year = 2025, quarter = 2, figures = Figures(-1, 5000m) }), HttpStatusCode.BadRequest);
        Assert.True(negative["errors"]!.AsObject().ContainsKey("figures"));

        var draft = await OkAsync(await staff.PostJsonAsync("/api/v1/workforce-reports", new { unionId = gx, year = 2025, quarter = 2, figures = Figures(800, 9000m) }), HttpStatusCode.Created);
        using var other = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync("/api/v1/workforce-reports", new { unionId = gx, year = 2025, quarter = 3, figures = Figures(1, 1m) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutJsonAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}", new { figures = Figures(1, 1m), version = 1 })).StatusCode);

        var updated = await OkAsync(await staff.PutJsonAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}", new { figures = Figures(810, 9100m), narrative = "更正", version = (long)draft["version"]! }));
        Assert.Equal(810, (int)updated["figures"]!["workersAtEnd"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutJsonAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}", new { figures = Figures(1, 1m), version = (long)draft["version"]! })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/workforce-reports/{(long)draft["id"]!}?version={(long)updated["version"]!}")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class WorkforceReportTestsOnSqlite(SqliteApp app) : WorkforceReportTests(app);

[Collection("postgres")]
public sealed class WorkforceReportTestsOnPostgres(PostgresApp app) : WorkforceReportTests(app);
