using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class DemocraticManagementTests(GonghuiApp app)
{
    private static async Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadNodeAsync();
    }

    [Fact]
    public async Task Records_congresses_openness_and_seats_per_enterprise_and_rates_move()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var enterprise = (long)(await OkAsync(await staff.PostJsonAsync("/api/v1/enterprises", new { name = "民主管理企业" + Guid.NewGuid().ToString("N")[..6], creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "M", unionId = await app.UnionIdAsync("CY-GX-002") }), HttpStatusCode.Created))["id"]!;
        async Task<JsonNode> Group() =>
            (await OkAsync(await staff.GetAsync("/api/v1/democratic-management?year=2025")))["groups"]!.AsArray().Single(g => (string)g!["key"]! == "M")!;
        var before = await Group();

        var congress = await OkAsync(await staff.PostJsonAsync("/api/v1/workers-congresses", new { enterpriseId = enterprise, heldOn = "2025-04-01", entitled = 60, present = 39, agenda = "审议集体合同草案" }), HttpStatusCode.Created);
        Assert.False((bool)congress["quorate"]!);
        var fixedCongress = await OkAsync(await staff.PutJsonAsync($"/api/v1/workers-congresses/{(long)congress["id"]!}", new { enterpriseId = enterprise, heldOn = "2025-04-01", entitled = 60, present = 40, agenda = "审议集体合同草案", version = 1 }));
        Assert.True((bool)fixedCongress["quorate"]!);
        await OkAsync(await staff.PostJsonAsync("/api/v1/factory-affairs-openness", new { enterpriseId = enterprise, publishedOn = "2025-05-01", title = "年度工资调整方案公示", channel = "公示栏" }), HttpStatusCode.Created);
        await OkAsync(await staff.PostJsonAsync("/api/v1/employee-seats", new { enterpriseId = enterprise, kind = "employee-director", holderName = "职工董事甲", termStartOn = "2024-01-01", termEndOn = "2026-12-31" }), HttpStatusCode.Created);
        var old = await OkAsync(await staff.PostJsonAsync("/api/v1/employee-seats", new { enterpriseId = enterprise, kind = "employee-supervisor", holderName = "职工监事乙", termStartOn = "2020-01-01", termEndOn = "2022-12-31" }), HttpStatusCode.Created);

        var after = await Group();
        Assert.Equal(1, (int)after["congress"]! - (int)before["congress"]!);
        Assert.Equal(1, (int)after["quorateCongress"]! - (int)before["quorateCongress"]!);
        Assert.Equal(1, (int)after["factoryAffairs"]! - (int)before["factoryAffairs"]!);
        Assert.Equal(1, (int)after["directors"]! - (int)before["directors"]!);
        Assert.Equal(0, (int)after["supervisors"]! - (int)before["supervisors"]!);

        var seats = await OkAsync(await staff.GetAsync($"/api/v1/employee-seats?enterpriseId={enterprise}&year=2025"));
        Assert.Equal(1, (int)seats["total"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/employee-seats/{(long)old["id"]!}?version=1")).StatusCode);

        // The enterprise cannot go while its records stay.
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/v1/enterprises/{enterprise}")).StatusCode);

        // Bad input gets every reason at once; another union's staff may not write here.
        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/workers-congresses", new { enterpriseId = 999999999, heldOn = "2999-01-01", entitled = 10, present = 11 }), HttpStatusCode.BadRequest);
        Assert.Equal(["agenda", "enterpriseId", "heldOn", "present"], bad["errors"]!.AsObject().Select(x => x.Key).Order());
        using var other = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync("/api/v1/factory-affairs-openness", new { enterpriseId = enterprise, publishedOn = "2025-05-01", title = "越权" })).StatusCode);
        Assert.Equal(0, (int)(await OkAsync(await other.GetAsync($"/api/v1/workers-congresses?enterpriseId={enterprise}")))["total"]!);
    }
}

[Collection("sqlite")]
public sealed class DemocraticManagementTestsOnSqlite(SqliteApp app) : DemocraticManagementTests(app);

[Collection("postgres")]
public sealed class DemocraticManagementTestsOnPostgres(PostgresApp app) : DemocraticManagementTests(app);
