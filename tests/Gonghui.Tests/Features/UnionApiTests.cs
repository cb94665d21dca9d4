using Microsoft.EntityFrameworkCore;
using Gonghui.Features.Organisation;
using System.Net;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class UnionApiTests(GonghuiApp app)
{
    [Fact]
    public async Task Lists_the_demo_district_in_pages_with_search_and_kind_filter()
    {
        using var client = await app.ClientAsAsync("admin");
        var page = await (await client.GetAsync("/api/v1/unions?kind=industrial-union&pageSize=5&sort=code")).ReadNodeAsync();
        Assert.Equal(7, (int)page["total"]!);
        Assert.Equal(5, page["items"]!.AsArray().Count);
        Assert.Equal("CY-FW", (string)page["items"]![0]!["code"]!);
        Assert.Equal("industrial-union", (string)page["items"]![0]!["kind"]!);

        var search = await (await client.GetAsync("/api/v1/unions?q=" + Uri.EscapeDataString("高新技术"))).ReadNodeAsync();
        Assert.Contains(search["items"]!.AsArray(), u => (string)u!["code"]! == "CY-GX");
        Assert.Equal("high-technology", (string)search["items"]!.AsArray().First(u => (string)u!["code"]! == "CY-GX")!["sector"]!);
    }

    [Fact]
    public async Task A_union_admin_sees_only_its_own_union_and_below()
    {
        using var client = await app.ClientAsAsync("hitech-admin");
        var page = await (await client.GetAsync("/api/v1/unions?pageSize=500")).ReadNodeAsync();
        var codes = page["items"]!.AsArray().Select(u => (string)u!["code"]!).ToList();
        Assert.Contains("CY-GX", codes);
        Assert.All(codes, c => Assert.StartsWith("CY-GX", c, StringComparison.Ordinal));

        var roots = await (await client.GetAsync("/api/v1/unions?roots=true")).ReadNodeAsync();
        Assert.Equal("CY-GX", (string)roots["items"]![0]!["code"]!);

        var outside = await app.UnionIdAsync("CY-JY");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/unions/{outside}")).StatusCode);
    }

    [Fact]
    public async Task Creates_edits_moves_and_deletes_a_grassroots_union()
    {
        using var client = await app.ClientAsAsync("admin");
        var parent = await app.UnionIdAsync("CY-A02");
        var created = await client.PostJsonAsync("/api/v1/unions", new
        {
            code = $"T-{app.Provider}-1",
            name = "测试科技有限公司工会",
            kind = "grassroots-union",
            parentId = parent,
            chairName = "张伟",
            contactPhone = "010-65001234",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadNodeAsync();
        var id = (long)body["id"]!;
        Assert.Equal($"/api/v1/unions/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(1, (long)body["version"]!);

        var child = await client.PostJsonAsync("/api/v1/unions", new { code = $"T-{app.Provider}-1-1", name = "测试分工会", kind = "grassroots-union", parentId = id });
        Assert.Equal(HttpStatusCode.Created, child.StatusCode);
        var childId = (long)(await child.ReadNodeAsync())["id"]!;

        // Move under another area federation: the child follows, into a union admin's scope.
        var newParent = await app.UnionIdAsync("CY-A01");
        var moved = await client.PutJsonAsync($"/api/v1/unions/{id}", new { code = $"T-{app.Provider}-1", name = "测试科技有限公司工会", kind = "grassroots-union", parentId = newParent, version = 1 });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(2, (long)(await moved.ReadNodeAsync())["version"]!);
        using var jianwai = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.OK, (await jianwai.GetAsync($"/api/v1/unions/{childId}")).StatusCode);

        // A stale version is refused.
        var stale = await client.PutJsonAsync($"/api/v1/unions/{id}", new { code = $"T-{app.Provider}-1", name = "改名", kind = "grassroots-union", parentId = newParent, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // Not with children below it; then it goes.
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/v1/unions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/unions/{childId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/unions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/unions/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_new_unions_code_is_proposed_from_its_siblings_pattern_and_is_free()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var parent = await app.UnionIdAsync("CY-GX");
        var proposal = (string)(await (await staff.GetAsync($"/api/v1/unions/{parent}/proposed-code")).ReadNodeAsync())["code"]!;
        Assert.Matches("^CY-GX-[0-9]{3}$", proposal);
        var taken = await app.DbAsync(db => db.Unions.IgnoreQueryFilters().Where(u => u.Code.StartsWith("CY-GX-")).Select(u => u.Code).ToListAsync());
        Assert.DoesNotContain(proposal, taken);
        Assert.True(string.CompareOrdinal(proposal, taken.Where(c => c.Length == proposal.Length).Max()) > 0);
    }

    [Fact]
    public async Task A_code_is_checked_as_typed_against_every_union_of_the_district()
    {
        // A union staffer of high-tech sees neither the education union nor its code, but may not take it either.
        using var staff = await app.ClientAsAsync("hitech-staff");
        var outside = await (await staff.GetAsync("/api/v1/unions/code-check?code=%20CY-JY%20")).ReadNodeAsync();
        Assert.True((bool)outside["taken"]!);
        Assert.Equal("CY-JY", (string)outside["code"]!);
        Assert.Contains("已被使用", (string)outside["message"]!, StringComparison.Ordinal);

        var free = await (await staff.GetAsync($"/api/v1/unions/code-check?code=CY-GX-{Guid.NewGuid():N}"[..50])).ReadNodeAsync();
        Assert.False((bool)free["taken"]!);

        // A union's own code is free for that union's edit form.
        var own = await app.UnionIdAsync("CY-GX-001");
        Assert.False((bool)(await (await staff.GetAsync($"/api/v1/unions/code-check?code=CY-GX-001&except={own}")).ReadNodeAsync())["taken"]!);

        foreach (var bad in new[] { "", "?code=", "?code=" + new string('A', 33), "?code=X&except=abc" })
        {
            var answer = await staff.GetAsync("/api/v1/unions/code-check" + bad);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        }
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_in_the_requested_language()
    {
        var district = await app.UnionIdAsync("CY");
        using var zh = await app.ClientAsAsync("admin");
        var response = await zh.PostJsonAsync("/api/v1/unions", new { code = "bad code!", name = "", kind = "industrial-union", parentId = district });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.ReadNodeAsync())["errors"]!;
        Assert.Contains("组织代码", (string)errors["code"]![0]!, StringComparison.Ordinal);
        Assert.NotNull(errors["name"]);
        Assert.Contains("产业", (string)errors["sector"]![0]!, StringComparison.Ordinal);

        using var en = await app.ClientAsAsync("admin", "en");
        var english = await (await en.PostJsonAsync("/api/v1/unions", new { code = "CY", name = "x", kind = "grassroots-union", parentId = district })).ReadNodeAsync();
        Assert.Contains("already used", (string)english["errors"]!["code"]![0]!, StringComparison.Ordinal);
        Assert.Contains("cannot stand under", (string)english["errors"]!["parentId"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_what_the_caller_sees_neutralises_formulas_and_is_audited()
    {
        using var admin = await app.ClientAsAsync("admin");
        var parent = await app.UnionIdAsync("CY-GX");
        await admin.PostJsonAsync("/api/v1/unions", new { code = $"EX-{app.Provider}", name = "=HYPERLINK(\"x\")工会", kind = "grassroots-union", parentId = parent });

        using var staff = await app.ClientAsAsync("hitech-staff");
        var response = await staff.GetAsync("/api/v1/unions/export?format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("组织代码", csv, StringComparison.Ordinal);
        Assert.Contains("CY-GX-001", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("CY-JY", csv, StringComparison.Ordinal); // outside the scope
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);

        var xlsx = await staff.GetAsync("/api/v1/unions/export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]); // a zip

        using var auditor = await app.ClientAsAsync("auditor");
        var log = await (await auditor.GetAsync("/api/v1/audit-entries?action=export&q=hitech-staff")).ReadNodeAsync();
        Assert.True((int)log["total"]! >= 2);
    }

    [Fact]
    public async Task Cannot_move_a_union_under_its_own_descendant()
    {
        using var client = await app.ClientAsAsync("admin");
        var area = await (await client.GetAsync($"/api/v1/unions/{await app.UnionIdAsync("CY-A03")}")).ReadNodeAsync();
        var below = await app.UnionIdAsync("CY-A03-001");
        var response = await client.PutJsonAsync($"/api/v1/unions/{(long)area["id"]!}", new { code = "CY-A03", name = (string)area["name"]!, kind = "grassroots-union", parentId = below, version = (long)area["version"]! });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]!["parentId"]);
    }

    [Fact]
    public async Task Flags_grassroots_unions_of_25_members_without_a_committee()
    {
        using var admin = await app.ClientAsAsync("hitech-admin");
        var code = $"CY-GX-L{Random.Shared.Next(100, 999)}";
        var created = await (await admin.PostJsonAsync("/api/v1/unions", new { code, name = "组织员测试公司工会", kind = "grassroots-union", parentId = await app.UnionIdAsync("CY-GX"), form = "organiser" })).ReadNodeAsync();
        var id = (long)created["id"]!;
        Assert.Equal("organiser", (string)created["form"]!);
        using var district = await app.ClientAsAsync("admin");
        var industrial = await district.PostJsonAsync("/api/v1/unions", new { code = code + "X", name = "产业工会", kind = "industrial-union", sector = "other", parentId = await app.UnionIdAsync("CY"), form = "joint" });
        Assert.Equal(HttpStatusCode.BadRequest, industrial.StatusCode);
        Assert.NotNull((await industrial.ReadNodeAsync())["errors"]!["form"]);

        async Task<bool> FailingAsync() =>
            (await (await admin.GetAsync("/api/v1/unions/grassroots-forms?failing=true")).ReadNodeAsync()).AsArray().Any(l => (long)l!["unionId"]! == id);

        for (var i = 0; i < 24; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/members", new { name = "组织员", idNumber = MemberApiTests.NewIdNumber(), unionId = id })).StatusCode);
        }

        Assert.False(await FailingAsync()); // 24 members: an organiser may serve
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/members", new { name = "组织员", idNumber = MemberApiTests.NewIdNumber(), unionId = id })).StatusCode);
        Assert.True(await FailingAsync()); // 25: a committee is needed

        var edited = await admin.PutJsonAsync($"/api/v1/unions/{id}", new { code, name = "组织员测试公司工会", kind = "grassroots-union", parentId = await app.UnionIdAsync("CY-GX"), form = "committee", version = (long)created["version"]! });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.False(await FailingAsync());
    }
}

[Collection("sqlite")]
public sealed class UnionApiTestsOnSqlite(SqliteApp app) : UnionApiTests(app);

[Collection("postgres")]
public sealed class UnionApiTestsOnPostgres(PostgresApp app) : UnionApiTests(app);
