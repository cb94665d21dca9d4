using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>
/// Closing a year keeps its registry figures and parameters: last year's scorecard and annual report stand still while
/// the registry and the settings change and this year's move; reopening lets last year move again; both are audited.
/// </summary>
public abstract class ClosedYearTests(GonghuiApp app)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year - 1;

    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    [Fact]
    public async Task A_closed_year_stands_still_while_the_registry_and_settings_change_and_moves_again_once_reopened()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var union = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions",
            new { code = $"GZ-{tag}", name = $"关账测试产业工会{tag}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector = "manufacturing" }), HttpStatusCode.Created))["id"]!;
        async Task<JsonNode> Enterprise(int employees) => await OkAsync(await admin.PostJsonAsync("/api/v1/enterprises",
            new { name = $"关账企业{Guid.NewGuid().ToString("N")[..6]}", creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "C", employees, unionId = union }), HttpStatusCode.Created);
        await Enterprise(100);

        async Task<(string Evidence, decimal Threshold, bool Closed, bool RegistryIsToday)> R1(int year)
        {
            var answer = await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={year}&unionId={union}"));
            var r1 = answer["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R1")!;
            return ((string)r1["evidence"]![0]!["label"]!, (decimal)r1["threshold"]!, answer["closedAt"] is not null, (bool)answer["registryIsToday"]!);
        }

        async Task<string> CoveredEnterprises(int year) =>
            (string)(await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={year}&unionId={union}")))["figures"]!.AsArray()
                .Single(f => (string)f!["key"]! == "CoveredEnterprises")!["value"]!;

        Assert.Equal(("已建会企业 1 家：会员 0 人，职工 100 人", 0.8m, false, true), await R1(Year));

        // Only a past year closes; a year closes once.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostJsonAsync("/api/v1/closed-years", new { year = Year + 1 })).StatusCode);
        var closed = await OkAsync(await admin.PostJsonAsync("/api/v1/closed-years", new { year = Year }), HttpStatusCode.Created);
        try
        {
            Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/v1/closed-years", new { year = Year })).StatusCode);
            using (var staff = await app.ClientAsAsync("hitech-admin"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await staff.DeleteAsync($"/api/v1/closed-years/{Year}?version={(long)closed["version"]!}")).StatusCode);
            }

            // The registry and a parameter change after the close.
            await Enterprise(50);
            var target = await OkAsync(await admin.PutJsonAsync("/api/v1/settings", new { key = "Assessment:MembershipTarget", value = "0.6" }));
            try
            {
                Assert.Equal(("已建会企业 1 家：会员 0 人，职工 100 人", 0.8m, true, false), await R1(Year));
                Assert.Equal("1", await CoveredEnterprises(Year));
                Assert.Equal(("已建会企业 2 家：会员 0 人，职工 150 人", 0.6m, false, false), await R1(Year + 1));
                Assert.Equal("2", await CoveredEnterprises(Year + 1));
            }
            finally
            {
                Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/settings?key=Assessment:MembershipTarget&version={(long)target["version"]!}")).StatusCode);
            }
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/closed-years/{Year}?version={(long)closed["version"]!}")).StatusCode);
        }

        Assert.Equal(("已建会企业 2 家：会员 0 人，职工 150 人", 0.8m, false, true), await R1(Year));
        Assert.Equal("2", await CoveredEnterprises(Year));

        using var auditor = await app.ClientAsAsync("auditor");
        var entries = (await OkAsync(await auditor.GetAsync("/api/v1/audit-entries?entityType=ClosedYear&pageSize=50")))["items"]!.AsArray()
            .Where(e => (string)e!["entityId"]! == ((long)closed["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => (string)e!["action"]!).ToList();
        Assert.Equal(["delete", "create"], entries);
    }

    [Fact]
    public async Task Two_administrators_closing_the_same_year_at_once_get_one_close_and_one_conflict()
    {
        using var first = await app.ClientAsAsync("admin");
        using var second = await app.ClientAsAsync("admin");
        var answers = await Task.WhenAll(first.PostJsonAsync("/api/v1/closed-years", new { year = 2000 }), second.PostJsonAsync("/api/v1/closed-years", new { year = 2000 }));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var closed = await (answers.Single(a => a.StatusCode == HttpStatusCode.Created)).ReadNodeAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await first.DeleteAsync($"/api/v1/closed-years/2000?version={(long)closed["version"]!}")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class ClosedYearTestsOnSqlite(SqliteApp app) : ClosedYearTests(app);

[Collection("postgres")]
public sealed class ClosedYearTestsOnPostgres(PostgresApp app) : ClosedYearTests(app);
