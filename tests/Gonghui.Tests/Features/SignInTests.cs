using System.Net;
using Gonghui.Features.Accounts;
using Gonghui.Features.Demo;
using Gonghui.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gonghui.Tests.Features;

public abstract class SignInTests(GonghuiApp app)
{
    private async Task<string> NewStaffAsync(string login) =>
        await app.InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<CreateUser>().HandleAsync(new UserInput
            {
                Login = login,
                DisplayName = "测试干事",
                Role = "union-staff",
                UnionId = await app.UnionIdAsync("CY-GX"),
                Password = SeedDemo.DemoPassword,
            }, CancellationToken.None);
            Assert.True(created.IsOk, $"{created.Kind}: {created.Errors?.Summary}");
            return created.Value!.Id;
        });

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Signs_in_with_the_form_and_a_copied_cookie_dies_with_sign_out()
    {
        await NewStaffAsync($"copy-{app.Provider}");
        using var browser = Browser();
        var signedIn = await Browserless.SignInAsync(browser, $"copy-{app.Provider}", SeedDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        var cookie = Browserless.AuthCookie(signedIn);

        using var thief = app.AnonymousClient();
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/api/v1/account")).StatusCode);

        await Browserless.SignOutAsync(browser);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/v1/account")).StatusCode);
    }

    [Fact]
    public async Task A_second_instance_accepts_the_first_ones_cookie_and_sign_out_reaches_both()
    {
        await NewStaffAsync($"twin-{app.Provider}");
        using var browser = Browser();
        var signedIn = await Browserless.SignInAsync(browser, $"twin-{app.Provider}", SeedDemo.DemoPassword);
        var cookie = Browserless.AuthCookie(signedIn);

        await using var second = new SecondInstance(app.Database);
        using var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        other.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/account")).StatusCode);

        // The key ring both share is stored sealed under the data folder's key: the database alone forges no cookie.
        var ring = await app.DbAsync(db => db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync());
        Assert.NotEmpty(ring);
        Assert.All(ring, xml =>
        {
            Assert.Contains("gonghuiEncryptedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        await Browserless.SignOutAsync(browser);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/account")).StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_and_are_audited()
    {
        var login = $"lock-{app.Provider}";
        var id = await NewStaffAsync(login);
        using var browser = Browser();
        for (var i = 0; i < 5; i++)
        {
            var failed = await Browserless.SignInAsync(browser, login, "Wrong#Password1");
            Assert.StartsWith("/login?error=", failed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // The right password no longer opens it.
        var locked = await Browserless.SignInAsync(browser, login, SeedDemo.DemoPassword);
        Assert.StartsWith("/login?error=locked", locked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var lockedPage = app.AnonymousClient();
        Assert.Contains("锁定 15 分钟", WebUtility.HtmlDecode(await lockedPage.GetStringAsync(locked.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        var lockoutEnd = await app.DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).FirstAsync());
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        var entries = await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityId == id && e.Action != "create").OrderBy(e => e.Id).Select(e => new { e.Action, e.ActorName }).ToListAsync());
        Assert.All(entries, e => Assert.Equal(login, e.ActorName)); // the login tried names the actor
        var actions = entries.Select(e => e.Action).ToList();
        Assert.Equal(4, actions.Count(a => a == "sign-in-failed"));
        Assert.Contains("lockout", actions);
        Assert.Contains("sign-in-locked", actions);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session_and_tokens_at_once()
    {
        var login = $"disable-{app.Provider}";
        var id = await NewStaffAsync(login);
        using var browser = Browser();
        await Browserless.SignInAsync(browser, login, SeedDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/account")).StatusCode);
        using var program = app.AnonymousClient();
        program.DefaultRequestHeaders.Authorization = new("Bearer", await app.NewTokenAsync(login));
        Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/v1/unions")).StatusCode);

        using var admin = await app.ClientAsAsync("admin");
        var user = await (await admin.GetAsync($"/api/v1/users?q={login}")).ReadNodeAsync();
        var version = (string)user["items"]![0]!["version"]!;
        var disabled = await admin.PutJsonAsync($"/api/v1/users/{id}", new { displayName = "测试干事", role = "union-staff", unionId = await app.UnionIdAsync("CY-GX"), isDisabled = true, version });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await program.GetAsync("/api/v1/unions")).StatusCode);
    }

    [Fact]
    public async Task Weak_and_common_passwords_are_refused_and_hashes_are_identity_v3()
    {
        using var admin = await app.ClientAsAsync("admin");
        var weak = await admin.PostJsonAsync("/api/v1/users", new { login = $"weak-{app.Provider}", displayName = "弱", role = "auditor", password = "short1A" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("10", (string)(await weak.ReadNodeAsync())["errors"]!["password"]![0]!, StringComparison.Ordinal);
        var common = await admin.PostJsonAsync("/api/v1/users", new { login = $"common-{app.Provider}", displayName = "常", role = "auditor", password = "Password123!" });
        Assert.Contains("常见", (string)(await common.ReadNodeAsync())["errors"]!["password"]![0]!, StringComparison.Ordinal);

        var hash = await app.DbAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.PasswordHash).FirstAsync());
        Assert.Equal(0x01, Convert.FromBase64String(hash!)[0]); // Identity V3 format marker
    }

    [Fact]
    public async Task Revoked_and_expired_tokens_are_refused()
    {
        using var client = await app.ClientAsAsync("district-staff");
        var created = await (await client.PostJsonAsync("/api/v1/tokens", new { name = "script", days = 30 })).ReadNodeAsync();
        using var program = app.AnonymousClient();
        program.DefaultRequestHeaders.Authorization = new("Bearer", (string)created["token"]!);
        Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/v1/account")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/tokens/{(long)created["id"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await program.GetAsync("/api/v1/account")).StatusCode);

        var stored = await app.DbAsync(db => db.ApiTokens.Where(t => t.Id == (long)created["id"]!).Select(t => t.TokenHash).FirstAsync());
        Assert.NotEqual((string)created["token"]!, stored);

        var second = await (await client.PostJsonAsync("/api/v1/tokens", new { name = "expiring" })).ReadNodeAsync();
        program.DefaultRequestHeaders.Authorization = new("Bearer", (string)second["token"]!);
        Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/v1/account")).StatusCode);
        await app.DbAsync(db => db.ApiTokens.Where(t => t.Id == (long)second["id"]!)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await program.GetAsync("/api/v1/account")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app);

[Collection("postgres")]
public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app);
