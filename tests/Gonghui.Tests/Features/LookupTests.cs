using Gonghui.Features.Organisation;
using System.Net;
using Gonghui.Features.Accounts;
using Gonghui.Features.Demo;
using Gonghui.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gonghui.Tests.Features;

/// <summary>Look-ups by a whole ID number or phone are limited per account and audited; a refusal names no union outside the caller's scope.</summary>
public abstract class LookupTests(GonghuiApp app)
{
    /// <summary>An account of its own, so no other test has used its allowance.</summary>
    private async Task<HttpClient> NewStaffAsync(string unionCode, string language = "zh-CN")
    {
        var login = $"lookup-{Guid.NewGuid():N}"[..20];
        await app.InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<CreateUser>().HandleAsync(new UserInput
            {
                Login = login, DisplayName = "查询测试", Role = "union-staff", UnionId = await app.UnionIdAsync(unionCode), Password = SeedDemo.DemoPassword,
            }, CancellationToken.None);
            Assert.True(created.IsOk, created.Errors?.Summary);
            return 0;
        });
        return await app.ClientAsAsync(login, language);
    }

    private Task<int> AuditedAsync(string action, string actorName) =>
        app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action && a.ActorName == actorName));

    [Fact]
    public async Task The_31st_look_up_in_a_minute_answers_429_and_each_is_in_the_audit_log()
    {
        using var staff = await NewStaffAsync("CY-GX");
        var login = (string)(await (await staff.GetAsync("/api/v1/account")).ReadNodeAsync())["login"]!;
        var phone = MemberApiTests.NewPhone();
        for (var i = 0; i < 30; i++)
        {
            var q = i % 2 == 0 ? phone : MemberApiTests.NewIdNumber();
            var found = await staff.PostJsonAsync("/api/v1/members/search", new { q });
            Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        }

        // A name is no identifier: it is neither limited nor a look-up.
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/v1/members?q=王")).StatusCode);
        var limited = await staff.PostJsonAsync("/api/v1/members/search", new { q = phone });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("每分钟最多 30 次", (string)(await limited.ReadNodeAsync())["detail"]!, StringComparison.Ordinal);

        Assert.Equal(30, await AuditedAsync("look-up", login));
        var entry = await app.DbAsync(db => db.AuditEntries.Where(a => a.Action == "look-up" && a.ActorName == login).OrderBy(a => a.Id).Select(a => a.After!).FirstAsync());
        Assert.Contains("\"by\":\"phone\"", entry, StringComparison.Ordinal);
        Assert.Contains("\"found\":0", entry, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, entry, StringComparison.Ordinal);

        // Other accounts keep their own allowance.
        using var other = await NewStaffAsync("CY-GX");
        Assert.Equal(HttpStatusCode.OK, (await other.PostJsonAsync("/api/v1/members/search", new { q = phone })).StatusCode);
    }

    [Fact]
    public async Task A_second_membership_is_refused_naming_the_holder_only_within_the_callers_scope()
    {
        var id = MemberApiTests.NewIdNumber();
        using var hitech = await app.ClientAsAsync("hitech-admin");
        Assert.Equal(HttpStatusCode.Created, (await hitech.PostJsonAsync("/api/v1/members", new { name = "林一", idNumber = id, unionId = await app.UnionIdAsync("CY-GX-001") })).StatusCode);

        // The same industrial union's staff: the holder is theirs to see.
        var inScope = await hitech.PostJsonAsync("/api/v1/members", new { name = "林一", idNumber = id, unionId = await app.UnionIdAsync("CY-GX-002") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inScope.StatusCode);
        var holder = await app.DbAsync(db => db.Unions.IgnoreQueryFilters().Where(u => u.Code == "CY-GX-001").Select(u => u.Name).FirstAsync());
        Assert.Contains(holder, (string)(await inScope.ReadNodeAsync())["detail"]!, StringComparison.Ordinal);

        // A sub-district federation's admin: told only that another union holds the person, and the refusal is audited.
        using var jianwai = await app.ClientAsAsync("jianwai-admin");
        var refusedBefore = await AuditedAsync("refuse", "jianwai-admin");
        var outOfScope = await jianwai.PostJsonAsync("/api/v1/members", new { name = "林一", idNumber = id, unionId = await MeUnionAsync(jianwai) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outOfScope.StatusCode);
        var detail = (string)(await outOfScope.ReadNodeAsync())["detail"]!;
        Assert.DoesNotContain(holder, detail, StringComparison.Ordinal);
        Assert.Contains("区总工会", detail, StringComparison.Ordinal);
        Assert.Equal(refusedBefore + 1, await AuditedAsync("refuse", "jianwai-admin"));
    }

    private static async Task<long> MeUnionAsync(HttpClient client) => (long)(await (await client.GetAsync("/api/v1/account")).ReadNodeAsync())["unionId"]!;
}

[Collection("sqlite")]
public sealed class LookupTestsOnSqlite(SqliteApp app) : LookupTests(app);

[Collection("postgres")]
public sealed class LookupTestsOnPostgres(PostgresApp app) : LookupTests(app);
