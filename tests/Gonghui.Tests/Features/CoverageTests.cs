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
        Assert.Equal(0.6667, (double)group["enterpriseRate"]!);
        Assert.Equal(0.025, (double)group["membershipRate"]!);

        var byIndustry = await (await district.GetAsync("/api/v1/coverage?by=industry")).ReadNodeAsync();
        Assert.Contains(byIndustry["groups"]!.AsArray(), g => (string)g!["key"]! == "I" && ((string)g["label"]!).Contains("信息", StringComparison.Ordinal));
        Assert.True((int)byIndustry["total"]!["enterprises"]! >= 3);
        Assert.Equal(HttpStatusCode.BadRequest, (await district.GetAsync("/api/v1/coverage?by=colour")).StatusCode);

        // Union staff see their own unions' enterprises only: every one of them is covered.
        using var staff = await app.ClientAsAsync("hitech-staff");
        var own = await (await staff.GetAsync("/api/v1/coverage?by=size")).ReadNodeAsync();
        Assert.Equal((int)own["total"]!["enterprises"]!, (int)own["total"]!["coveredEnterprises"]!);
    }
}

[Collection("sqlite")]
public sealed class CoverageTestsOnSqlite(SqliteApp app) : CoverageTests(app);

[Collection("postgres")]
public sealed class CoverageTestsOnPostgres(PostgresApp app) : CoverageTests(app);
