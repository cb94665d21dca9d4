using System.Net;
using Gonghui.Features.Demo;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class EnterpriseApiTests(GonghuiApp app)
{
    /// <summary>A valid credit code no other test is likely to use.</summary>
    public static string NewCreditCode() => SyntheticIdentities.CreditCode(Random.Shared);

    [Fact]
    public async Task Registers_finds_edits_and_removes_an_enterprise()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var union = await app.UnionIdAsync("CY-GX-001");
        var code = NewCreditCode();
        var created = await staff.PostJsonAsync("/api/v1/enterprises", new
        {
            name = "北京星河信息科技有限公司",
            creditCode = code.ToLowerInvariant(),
            industrySection = "I",
            industryDivision = "65",
            sizeClass = "small",
            subDistrict = "望京",
            employees = 86,
            unionId = union,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadNodeAsync();
        var id = (long)body["id"]!;
        Assert.Equal(code, (string)body["creditCode"]!);
        Assert.Equal("small", (string)body["sizeClass"]!);

        var found = await (await staff.GetAsync($"/api/v1/enterprises?q={code}")).ReadNodeAsync();
        Assert.Equal(1, (int)found["total"]!);

        var edited = await staff.PutJsonAsync($"/api/v1/enterprises/{id}", new { name = "北京星河信息科技有限公司", creditCode = code, industrySection = "I", employees = 90, unionId = union, version = 1 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(90, (int)(await edited.ReadNodeAsync())["employees"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutJsonAsync($"/api/v1/enterprises/{id}", new { name = "x", creditCode = code, industrySection = "I", unionId = union, version = 1 })).StatusCode);

        // Outside the high-technology union, it is not there at all.
        using var other = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/enterprises/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/enterprises/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("address", 200)]
    [InlineData("subDistrict", 50)]
    [InlineData("name", 200)]
    public async Task A_text_at_its_limit_is_kept_and_one_more_character_is_refused_on_create_and_update(string field, int limit)
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var union = await app.UnionIdAsync("CY-GX-001");
        var code = NewCreditCode();
        Dictionary<string, object?> Body(int length, long? version = null) => new()
        {
            ["name"] = "北京限长测试科技有限公司", ["creditCode"] = code, ["industrySection"] = "I", ["unionId"] = union, ["version"] = version,
            [field] = new string('长', length),
        };

        var refused = await staff.PostJsonAsync("/api/v1/enterprises", Body(limit + 1));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(field, (await refused.ReadNodeAsync())["errors"]!.AsObject().Select(e => e.Key));
        var created = await staff.PostJsonAsync("/api/v1/enterprises", Body(limit));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (long)(await created.ReadNodeAsync())["id"]!;

        var huge = await staff.PutJsonAsync($"/api/v1/enterprises/{id}", Body(100_000, 1));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains(field, (await huge.ReadNodeAsync())["errors"]!.AsObject().Select(e => e.Key));
        var kept = await (await staff.GetAsync($"/api/v1/enterprises/{id}")).ReadNodeAsync();
        Assert.Equal(limit, ((string)kept[field]!).Length);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/enterprises/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_text_no_validator_checked_is_still_held_to_its_column_and_named()
    {
        var refused = await Assert.ThrowsAsync<Gonghui.Infrastructure.Data.TextTooLongException>(() => app.DbAsync(async db =>
        {
            db.Add(new Gonghui.Features.Enterprises.Enterprise { Name = "兜底", CreditCode = NewCreditCode(), IndustrySection = "I", Address = new string('址', 201) });
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(("address", 200), (refused.Field, refused.Max));
    }

    [Fact]
    public async Task Refuses_bad_codes_with_reasons_and_uncovered_enterprises_from_union_staff()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var good = NewCreditCode();
        var wrongCheck = good[..17] + (good[17] == '0' ? '1' : '0');
        var bad = await staff.PostJsonAsync("/api/v1/enterprises", new { name = "", creditCode = wrongCheck, industrySection = "Z", unionId = await app.UnionIdAsync("CY-GX") });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadNodeAsync())["errors"]!;
        Assert.Contains("校验位", (string)errors["creditCode"]![0]!, StringComparison.Ordinal);
        Assert.NotNull(errors["name"]);
        Assert.NotNull(errors["industrySection"]);

        // An enterprise no union covers is a district record: union staff may not register one.
        var uncovered = await staff.PostJsonAsync("/api/v1/enterprises", new { name = "未建会企业", creditCode = good, industrySection = "F" });
        Assert.Equal(HttpStatusCode.Forbidden, uncovered.StatusCode);

        using var district = await app.ClientAsAsync("district-staff");
        Assert.Equal(HttpStatusCode.Created, (await district.PostJsonAsync("/api/v1/enterprises", new { name = "未建会企业", creditCode = good, industrySection = "F" })).StatusCode);
        var twice = await district.PostJsonAsync("/api/v1/enterprises", new { name = "重复", creditCode = good, industrySection = "F" });
        Assert.Contains("已登记", (string)(await twice.ReadNodeAsync())["errors"]!["creditCode"]![0]!, StringComparison.Ordinal);

        // The export has the import template's columns, and what a filter selects.
        var export = System.Text.Encoding.UTF8.GetString(await (await district.GetAsync($"/api/v1/enterprises/export?format=csv&q={good}")).Content.ReadAsByteArrayAsync());
        Assert.Contains("统一社会信用代码", export, StringComparison.Ordinal);
        Assert.Contains(good, export, StringComparison.Ordinal);
        Assert.Contains("未建会企业", export, StringComparison.Ordinal);

        var counts = await (await district.GetAsync("/api/v1/dashboard")).ReadNodeAsync();
        Assert.True((int)counts["enterprises"]! > (int)counts["coveredEnterprises"]!);
    }
}

[Collection("sqlite")]
public sealed class EnterpriseApiTestsOnSqlite(SqliteApp app) : EnterpriseApiTests(app);

[Collection("postgres")]
public sealed class EnterpriseApiTestsOnPostgres(PostgresApp app) : EnterpriseApiTests(app);
