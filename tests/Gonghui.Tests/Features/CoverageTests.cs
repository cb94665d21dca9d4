using System.Net;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class CoverageTests(GonghuiApp app)
{
    [Fact]
    public async Task Counts_enterprises_employees_and_members_per_group_with_their_rates()
    {
        using var district = await app.ClientAsAsync("district-staff");
        var place = "覆盖测试" + Guid.NewGuid().ToString("N")[..6];
        var union = await app.UnionIdAsync("CY-GX-003");
        long covered = 0;
        foreach (var (employees, unionId) in new[] { (40, (long?)union), (60, union), (100, null) })
        {
            var created = await (await district.PostJsonAsync("/api/v1/enterprises", new { name = $"{place}企业{employees}", creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "I", employees, subDistrict = place, unionId })).ReadNodeAsync();
            covered = unionId is null ? covered : (long)created["id"]!;
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await district.PostJsonAsync("/api/v1/members", new { name = "覆盖", idNumber = MemberApiTests.NewIdNumber(), unionId = union, enterpriseId = covered })).StatusCode);
        }

        var result = await (await district.GetAsync("/api/v1/coverage?by=subDistrict")).ReadNodeAsync();
        var group = result["groups"]!.AsArray().Single(g => (string)g!["key"]! == place)!;
        Assert.Equal((3, 2, 200L, 5L), ((int)group["enterprises"]!, (int)group["coveredEnterprises"]!, (long)group["employees"]!, (long)group["members"]!));
        // 建会率 2 of 3; 入会率 5 members of the covered enterprises' 100 employees; 全员入会率 5 of all 200.
        Assert.Equal(0.6667, (double)group["enterpriseCoverageRate"]!);
        Assert.Equal(0.05, (double)group["membershipRate"]!);
        Assert.Equal(0.025, (double)group["overallMembershipRate"]!);

        var byIndustry = await (await district.GetAsync("/api/v1/coverage?by=industry")).ReadNodeAsync();
        Assert.Contains(byIndustry["groups"]!.AsArray(), g => (string)g!["key"]! == "I" && ((string)g["label"]!).Contains("信息", StringComparison.Ordinal));
        Assert.True((int)byIndustry["total"]!["enterprises"]! >= 3);
        Assert.Equal(HttpStatusCode.BadRequest, (await district.GetAsync("/api/v1/coverage?by=colour")).StatusCode);

        // Union staff see their own unions' enterprises only: every one of them is covered.
        using var staff = await app.ClientAsAsync("hitech-staff");
        var own = await (await staff.GetAsync("/api/v1/coverage?by=size")).ReadNodeAsync();
        Assert.Equal((int)own["total"]!["enterprises"]!, (int)own["total"]!["coveredEnterprises"]!);
    }

    [Fact]
    public async Task Each_enterprise_keeps_its_count_of_active_members_through_every_kind_of_write()
    {
        using var district = await app.ClientAsAsync("district-staff");
        var union = await app.UnionIdAsync("CY-GX-003");
        var (a, b) = (await NewEnterpriseAsync(district, union), await NewEnterpriseAsync(district, union));
        async Task<(int, int)> Counts() =>
            ((int)(await (await district.GetAsync($"/api/v1/enterprises/{a.Id}")).ReadNodeAsync())["activeMembers"]!,
             (int)(await (await district.GetAsync($"/api/v1/enterprises/{b.Id}")).ReadNodeAsync())["activeMembers"]!);

        var id = MemberApiTests.NewIdNumber();
        var member = (long)(await (await district.PostJsonAsync("/api/v1/members", new { name = "计数", idNumber = id, unionId = union, enterpriseId = a.Id })).ReadNodeAsync())["id"]!;
        Assert.Equal((1, 0), await Counts());

        Assert.Equal(HttpStatusCode.OK, (await district.PutJsonAsync($"/api/v1/members/{member}", new { name = "计数", unionId = union, enterpriseId = b.Id, version = 1 })).StatusCode);
        Assert.Equal((0, 1), await Counts());

        var moved = await (await district.PostJsonAsync($"/api/v1/members/{member}/transfers", new { toUnionId = await app.UnionIdAsync("CY-GX-004"), enterpriseId = a.Id, version = 2 })).ReadNodeAsync();
        Assert.Equal((1, 0), await Counts());

        Assert.Equal(HttpStatusCode.OK, (await district.PostJsonAsync($"/api/v1/members/{(long)moved["id"]!}/departures", new { reason = "退休", version = 1 })).StatusCode);
        Assert.Equal((0, 0), await Counts());

        var mistake = (long)(await (await district.PostJsonAsync("/api/v1/members", new { name = "误录", idNumber = MemberApiTests.NewIdNumber(), unionId = union, enterpriseId = b.Id })).ReadNodeAsync())["id"]!;
        Assert.Equal((0, 1), await Counts());
        Assert.Equal(HttpStatusCode.NoContent, (await district.DeleteAsync($"/api/v1/members/{mistake}?version=1")).StatusCode);
        Assert.Equal((0, 0), await Counts());

        // A roster import counts in one go; importing it again changes nothing.
        var roster = Rosters.WriteCsv(Rosters.Members(7, new Random(), a.Name), new System.Text.UTF8Encoding(false));
        Assert.Equal(7, (int)(await ImportTests.ImportAsync(district, roster, "members", union))["rowsInserted"]!);
        Assert.Equal(0, (int)(await ImportTests.ImportAsync(district, roster, "members", union))["rowsInserted"]!);
        Assert.Equal((7, 0), await Counts());
    }

    private static async Task<(long Id, string Name)> NewEnterpriseAsync(HttpClient client, long union)
    {
        var name = "计数企业" + Guid.NewGuid().ToString("N")[..8];
        var created = await (await client.PostJsonAsync("/api/v1/enterprises", new { name, creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "I", unionId = union })).ReadNodeAsync();
        return ((long)created["id"]!, name);
    }
}

[Collection("sqlite")]
public sealed class CoverageTestsOnSqlite(SqliteApp app) : CoverageTests(app);

[Collection("postgres")]
public sealed class CoverageTestsOnPostgres(PostgresApp app) : CoverageTests(app);
