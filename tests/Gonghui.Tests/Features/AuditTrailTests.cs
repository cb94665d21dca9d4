using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class AuditTrailTests(GonghuiApp app)
{
    [Fact]
    public async Task Every_write_is_recorded_with_who_what_and_before_after()
    {
        using var admin = await app.ClientAsAsync("hitech-admin");
        var parent = await app.UnionIdAsync("CY-GX");
        var created = await (await admin.PostJsonAsync("/api/v1/unions", new { code = $"AU-{app.Provider}", name = "审计测试工会", kind = "grassroots-union", parentId = parent })).ReadNodeAsync();
        var id = (long)created["id"]!;
        var edited = await admin.PutJsonAsync($"/api/v1/unions/{id}", new { code = $"AU-{app.Provider}", name = "审计测试工会（改）", kind = "grassroots-union", parentId = parent, chairName = "李娜", version = 1 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        using var auditor = await app.ClientAsAsync("auditor");
        var page = await (await auditor.GetAsync($"/api/v1/audit-entries?entityType=Union&q={id}&pageSize=10")).ReadNodeAsync();
        var entries = page["items"]!.AsArray().Where(e => (string)e!["entityId"]! == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(["update", "create"], entries.Select(e => (string)e!["action"]!));
        var update = entries[0]!;
        Assert.Equal("hitech-admin", (string)update["actorName"]!);
        Assert.Equal(id, (long)update["unionId"]!);
        Assert.Equal("审计测试工会", (string)JsonNode.Parse((string)update["before"]!)!["Name"]!);
        Assert.Equal("审计测试工会（改）", (string)JsonNode.Parse((string)update["after"]!)!["Name"]!);
        Assert.Null(JsonNode.Parse((string)update["after"]!)!["Path"]); // derived, not audited

        var verify = await (await auditor.GetAsync("/api/v1/audit-entries/verify")).ReadNodeAsync();
        Assert.True((bool)verify["intact"]!);

        // The export says it in words: the action, the kind, the union by its name, each change as before → after.
        using var chinese = await app.ClientAsAsync("auditor", "zh-CN");
        var csv = await (await chinese.GetAsync($"/api/v1/audit-entries/export?format=csv&entityType=Union&q={id}")).Content.ReadAsStringAsync();
        Assert.Contains("修改", csv, StringComparison.Ordinal);
        Assert.Contains("审计测试工会（改）", csv, StringComparison.Ordinal);
        Assert.Contains("名称：审计测试工会 → 审计测试工会（改）", csv, StringComparison.Ordinal);
        Assert.Contains("工会主席：— → 李娜", csv, StringComparison.Ordinal);
        Assert.Contains("上级工会：朝阳区高新技术产业工会", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("— → —", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Name\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_name_is_masked_to_the_surname_wherever_the_log_in_words_shows_it()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var created = await (await staff.PostJsonAsync("/api/v1/members", new { name = "审计会员", idNumber = MemberApiTests.NewIdNumber(), unionId = await app.UnionIdAsync("CY-GX-001") })).ReadNodeAsync();
        using var auditor = await app.ClientAsAsync("auditor", "zh-CN");
        var csv = await (await auditor.GetAsync($"/api/v1/audit-entries/export?format=csv&entityType=Member&q={(long)created["id"]!}")).Content.ReadAsStringAsync();
        Assert.Contains("审***", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("审计会员", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auditors_overview_counts_the_weeks_failures_and_lists_them_by_account()
    {
        using var browser = app.AnonymousClient();
        await Browserless.SignInAsync(browser, $"stranger-{app.Provider}", "Wrong#Password1");
        using var auditor = await app.ClientAsAsync("auditor", "zh-CN");
        var overview = await (await auditor.GetAsync("/api/v1/audit-entries/overview?days=7")).ReadNodeAsync();
        Assert.True((int)overview["byAction"]!["sign-in-failed"]! >= 1);
        Assert.Contains(overview["latest"]!.AsArray(), e => (string)e!["action"]! == "sign-in-failed" && (string)e["actorName"]! == $"stranger-{app.Provider}");
        // Out of range, the window is held to 1–90 days rather than refused.
        Assert.Equal(90, (int)(await (await auditor.GetAsync("/api/v1/audit-entries/overview?days=100000")).ReadNodeAsync())["days"]!);
    }

    [Fact]
    public async Task Concurrent_writers_and_events_keep_one_unbroken_chain()
    {
        var parent = await app.UnionIdAsync("CY-A05");
        var writes = Enumerable.Range(0, 12).Select(async i =>
        {
            using var client = await app.ClientAsAsync("admin");
            var response = await client.PostJsonAsync("/api/v1/unions", new { code = $"CC-{app.Provider}-{i}", name = $"并发测试工会{i}", kind = "grassroots-union", parentId = parent });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        });
        var events = Enumerable.Range(0, 12).Select(async _ =>
        {
            using var browser = app.AnonymousClient();
            await Browserless.SignInAsync(browser, "nobody-at-all", "Wrong#Password1");
        });
        await Task.WhenAll(writes.Concat(events));

        using var auditor = await app.ClientAsAsync("auditor");
        var verify = await (await auditor.GetAsync("/api/v1/audit-entries/verify")).ReadNodeAsync();
        Assert.True((bool)verify["intact"]!, verify.ToJsonString());
    }

    [Fact]
    public async Task Secrets_never_enter_the_log()
    {
        using var admin = await app.ClientAsAsync("admin");
        var created = await admin.PostJsonAsync("/api/v1/users", new { login = $"audited-{app.Provider}", displayName = "王芳", role = "auditor", password = "Audited#2026pass" });
        var id = (string)(await created.ReadNodeAsync())["id"]!;

        using var auditor = await app.ClientAsAsync("auditor");
        var page = await (await auditor.GetAsync($"/api/v1/audit-entries?entityType=User&q={id}")).ReadNodeAsync();
        var after = (string)page["items"]!.AsArray().First(e => (string)e!["action"]! == "create")!["after"]!;
        Assert.DoesNotContain("PasswordHash", after, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", after, StringComparison.Ordinal);
        Assert.Contains("王芳", after, StringComparison.Ordinal);
    }
}

[Collection("sqlite")]
public sealed class AuditTrailTestsOnSqlite(SqliteApp app) : AuditTrailTests(app);

[Collection("postgres")]
public sealed class AuditTrailTestsOnPostgres(PostgresApp app) : AuditTrailTests(app);
