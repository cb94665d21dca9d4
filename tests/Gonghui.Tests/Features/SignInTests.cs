using System.Net;
using System.Net.Http.Json;
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

    /// <summary>Signs in through the handler as a browser at <paramref name="address"/> would (the test server has one address).</summary>
    private Task<SignIn.Result> SignInFromAsync(string address, string login, string password) =>
        app.InScopeAsync(async sp =>
        {
            await using var scope = sp.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Gonghui.Infrastructure.Security.CurrentActor>().SetAnonymous(address);
            return await scope.ServiceProvider.GetRequiredService<SignIn>().HandleAsync(login, password, CancellationToken.None);
        });

    [Fact]
    public async Task Five_failures_lock_the_login_from_that_address_only_audited_once_each_until_unlocked()
    {
        var login = $"lock-{app.Provider}";
        var id = await NewStaffAsync(login);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(SignIn.Failed, (await SignInFromAsync("203.0.113.9", login, "Wrong#Password1")).Error);
        }

        // The right password from that address answers as a wrong one would; from the office it still opens.
        Assert.Equal(SignIn.Failed, (await SignInFromAsync("203.0.113.9", login, SeedDemo.DemoPassword)).Error);
        Assert.NotNull((await SignInFromAsync("198.51.100.7", login, SeedDemo.DemoPassword)).Principal);
        var key = login.ToUpperInvariant();
        var lockedUntil = await app.DbAsync(db => db.Set<SignInFailure>().Where(f => f.Login == key && f.Address == "203.0.113.9").Select(f => f.LockedUntil).FirstAsync());
        Assert.InRange(lockedUntil!.Value - DateTime.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Null(await app.DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).FirstAsync()));

        // Eight failed tries, two audit rows: the window's first failure and the lockout, each naming the login tried.
        var entries = await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityId == id && e.Action != "create" && e.Action != "sign-in").OrderBy(e => e.Id).Select(e => new { e.Action, e.ActorName }).ToListAsync());
        Assert.Equal(["sign-in-failed", "lockout"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(login, e.ActorName));

        var unlocked = await GonghuiProcess.RunAsync(app.Database, null, "admin", "unlock", login);
        Assert.True(unlocked.ExitCode == 0, unlocked.Stderr);
        Assert.NotNull((await SignInFromAsync("203.0.113.9", login, SeedDemo.DemoPassword)).Principal);
        Assert.Contains("unlock", await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityId == id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task An_unknown_login_a_wrong_password_and_a_locked_pair_answer_alike_and_take_as_long()
    {
        var login = $"alike-{app.Provider}";
        await NewStaffAsync(login);
        using var browser = Browser();
        var unknown = await Browserless.SignInAsync(browser, $"nobody-{app.Provider}", "Wrong#Password1");
        var wrong = await Browserless.SignInAsync(browser, login, "Wrong#Password1");
        Assert.Equal(unknown.Headers.Location, wrong.Headers.Location);
        Assert.Equal("/login?error=failed&returnUrl=%2F", wrong.Headers.Location!.OriginalString);
        for (var i = 0; i < SignIn.MaxFailures; i++)
        {
            await SignInFromAsync("203.0.113.10", login, "Wrong#Password1");
        }

        Assert.Equal(SignIn.Failed, (await SignInFromAsync("203.0.113.10", login, SeedDemo.DemoPassword)).Error);

        // A password hash is checked either way: an unknown login costs what a known one does (it took 2 ms against 43).
        async Task<double> MedianAsync(string who)
        {
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await SignInFromAsync($"192.0.2.{i}", who, "Wrong#Password1");
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            return times.Order().ElementAt(2);
        }

        var (known, stranger) = (await MedianAsync(login), await MedianAsync($"stranger-{app.Provider}"));
        Assert.True(stranger > known * 0.4, $"unknown login {stranger:F1} ms against a known one's {known:F1} ms");
    }

    [Fact]
    public async Task Attempts_beyond_the_per_login_limit_answer_429_with_retry_after()
    {
        var login = $"burst-{app.Provider}";
        await NewStaffAsync(login);
        using var browser = Browser();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Browserless.SignInAsync(browser, login, "Wrong#Password1")).StatusCode);
        }

        var limited = await Browserless.SignInAsync(browser, login, SeedDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("秒后再试", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attempts_beyond_the_per_address_limit_answer_429()
    {
        await using var limited = new SecondInstance(app.Database, new Dictionary<string, string> { ["SignIn:PerAddressPerMinute"] = "3" });
        using var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await Browserless.SignInAsync(browser, $"guess{i}-{app.Provider}", "Wrong#Password1")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Changing_ones_password_ends_every_other_session_of_ones_own()
    {
        var login = $"change-{app.Provider}";
        await NewStaffAsync(login);
        using var office = Browser();
        using var home = Browser();
        await Browserless.SignInAsync(office, login, SeedDemo.DemoPassword);
        await Browserless.SignInAsync(home, login, SeedDemo.DemoPassword);
        using var program = app.AnonymousClient();
        program.DefaultRequestHeaders.Authorization = new("Bearer", await app.NewTokenAsync(login));

        var changed = await office.PostJsonAsync("/api/v1/account/password", new { currentPassword = SeedDemo.DemoPassword, newPassword = "Another#Passphrase9" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/api/v1/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await home.GetAsync("/api/v1/account")).StatusCode);
    }

    [Theory]
    [InlineData("tab", "/\t/evil.example")]
    [InlineData("backslash", "/\\evil.example")]
    [InlineData("slashes", "//evil.example")]
    [InlineData("absolute", "https://evil.example/")]
    public async Task A_foreign_return_url_leads_home_and_never_fails_the_sign_in(string name, string returnUrl)
    {
        var login = $"back-{name}-{app.Provider}";
        await NewStaffAsync(login);
        using var browser = Browser();
        var page = await browser.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = login, ["password"] = SeedDemo.DemoPassword, ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var signedIn = await browser.PostAsync("/account/login", form);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    /// <summary>Enrols the account's authenticator through the API; answers its key and recovery codes.</summary>
    private async Task<(string Key, List<string> Codes)> EnrolAsync(string login)
    {
        using var own = app.AnonymousClient();
        own.DefaultRequestHeaders.Authorization = new("Bearer", await app.NewTokenAsync(login));
        var started = await (await own.PostAsync("/api/v1/account/two-factor", null)).ReadNodeAsync();
        var key = (string)started["key"]!;
        Assert.StartsWith("data:image/png;base64,", (string)started["qrCode"]!, StringComparison.Ordinal);
        Assert.Contains($"secret={key.Replace(" ", "", StringComparison.Ordinal)}", (string)started["uri"]!, StringComparison.Ordinal);

        var right = Totp.Code(key);
        var wrong = await own.PostJsonAsync("/api/v1/account/two-factor/confirmation", new { code = right == "123456" ? "654321" : "123456" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.NotNull((await wrong.ReadNodeAsync())["errors"]!["code"]);
        var confirmed = await own.PostJsonAsync("/api/v1/account/two-factor/confirmation", new { code = right });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var codes = (await confirmed.ReadNodeAsync())["codes"]!.AsArray().Select(c => (string)c!).ToList();
        Assert.Equal(10, codes.Count);
        return (key.Replace(" ", "", StringComparison.Ordinal), codes);
    }

    [Fact]
    public async Task An_enrolled_account_signs_in_with_its_code_or_a_recovery_code_used_once_and_its_secrets_are_not_kept_plain()
    {
        var login = $"totp-{app.Provider}";
        var id = await NewStaffAsync(login);
        var (key, codes) = await EnrolAsync(login);
        var stored = await app.DbAsync(db => db.Set<IdentityUserToken<string>>().Where(t => t.UserId == id).Select(t => t.Value ?? "").ToListAsync());
        Assert.DoesNotContain(stored, v => v.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, v => codes.Any(c => v.Contains(c, StringComparison.OrdinalIgnoreCase)));

        // The password alone opens nothing: the next step is asked for, with no session yet.
        using var browser = Browser();
        var first = await Browserless.SignInAsync(browser, login, SeedDemo.DemoPassword);
        Assert.Equal("/login/second-factor?returnUrl=%2F", first.Headers.Location!.OriginalString);
        Assert.DoesNotContain(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("gonghui.auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account")).StatusCode);

        var wrong = await Browserless.SubmitAsync(browser, "/login/second-factor?returnUrl=%2F", new Dictionary<string, string> { ["Code"] = "1234" });
        Assert.Contains("动态码不正确", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var second = await Browserless.SubmitAsync(browser, "/login/second-factor?returnUrl=%2F", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/account")).StatusCode);

        // A recovery code instead of the phone, once.
        foreach (var expected in new[] { true, false })
        {
            using var other = Browser();
            await Browserless.SignInAsync(other, login, SeedDemo.DemoPassword);
            var answer = await Browserless.SubmitAsync(other, "/login/second-factor?returnUrl=%2F", new Dictionary<string, string> { ["Code"] = codes[3].ToLowerInvariant() });
            Assert.Equal(expected ? HttpStatusCode.Redirect : HttpStatusCode.OK, answer.StatusCode);
        }

        var audited = await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityId == id).Select(e => e.Action + ":" + (e.After ?? "")).ToListAsync());
        Assert.Contains(audited, a => a.StartsWith("two-factor-on:", StringComparison.Ordinal));
        Assert.Contains(audited, a => a.StartsWith("sign-in:", StringComparison.Ordinal) && a.Contains("password+authenticator", StringComparison.Ordinal));
        Assert.Contains(audited, a => a.StartsWith("sign-in:", StringComparison.Ordinal) && a.Contains("password+recovery-code", StringComparison.Ordinal));

        // The phone is lost: an administrator resets it; the sessions end and the password alone signs in again.
        var reset = await GonghuiProcess.RunAsync(app.Database, null, "admin", "reset-2fa", login);
        Assert.True(reset.ExitCode == 0, reset.Stderr);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account")).StatusCode);
        using var after = Browser();
        Assert.Equal("/", (await Browserless.SignInAsync(after, login, SeedDemo.DemoPassword)).Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/login/second-factor", "second-factor")]
    [InlineData("/login/enrol", "enrol")]
    public async Task A_second_step_posted_without_the_password_step_is_refused_without_a_session(string url, string form)
    {
        using var browser = Browser();
        var token = System.Text.RegularExpressions.Regex.Match(await browser.GetStringAsync("/login"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["_handler"] = form, ["Code"] = "123456",
        });
        // The page sends a stranger back to sign in before its form exists: the post is refused, never run.
        var answer = await browser.PostAsync(url, content);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.False(answer.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("gonghui.auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account")).StatusCode);
    }

    [Fact]
    public async Task A_role_that_requires_a_second_factor_enrols_at_its_first_sign_in_and_cannot_turn_it_off()
    {
        var login = $"must-{app.Provider}";
        await NewStaffAsync(login);
        using var admin = await app.ClientAsAsync("admin");
        async Task SetRolesAsync(string roles)
        {
            var current = (await (await admin.GetAsync("/api/v1/settings")).ReadNodeAsync()).AsArray().Single(s => (string)s!["key"]! == "Accounts:TwoFactorRoles")!;
            var set = await admin.PutJsonAsync("/api/v1/settings", new { key = "Accounts:TwoFactorRoles", value = roles, version = (long?)current["version"] });
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        await SetRolesAsync("union-staff");
        try
        {
            using var browser = Browser();
            var first = await Browserless.SignInAsync(browser, login, SeedDemo.DemoPassword);
            Assert.Equal("/login/enrol?returnUrl=%2F", first.Headers.Location!.OriginalString);
            var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/login/enrol?returnUrl=%2F"));
            var key = System.Text.RegularExpressions.Regex.Match(page, "id=\"enrol-key\"[^>]*>([A-Z2-7 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
            Assert.NotEmpty(key);
            Assert.Contains("data:image/png;base64,", page, StringComparison.Ordinal);

            var enrolled = await Browserless.SubmitAsync(browser, "/login/enrol?returnUrl=%2F", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
            Assert.Contains("id=\"recovery-codes\"", await enrolled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/account")).StatusCode);

            using var own = app.AnonymousClient();
            own.DefaultRequestHeaders.Authorization = new("Bearer", await app.NewTokenAsync(login));
            var off = await own.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/account/two-factor") { Content = JsonContent.Create(new { code = Totp.Code(key) }) });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, off.StatusCode);
            Assert.Equal("MLPS", (string)(await off.ReadNodeAsync())["rule"]!);
        }
        finally
        {
            await SetRolesAsync("");
        }
    }

    [Fact]
    public async Task Reading_never_waits_for_a_write_another_user_holds_and_last_use_is_written_in_batches()
    {
        var login = $"reader-{app.Provider}";
        var id = await NewStaffAsync(login);
        using var browser = Browser();
        await Browserless.SignInAsync(browser, login, SeedDemo.DemoPassword);
        using var program = app.AnonymousClient();
        program.DefaultRequestHeaders.Authorization = new("Bearer", await app.NewTokenAsync(login));
        var longAgo = DateTime.UtcNow.AddMinutes(-5);
        await app.DbAsync(db => db.UserSessions.Where(x => x.UserId == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSeenAt, longAgo)));
        await app.DbAsync(db => db.ApiTokens.Where(x => x.UserId == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastUsedAt, longAgo)));

        // Another user's long write holds what refreshing a last use would need: the whole database on SQLite, the rows on PostgreSQL.
        await using (var writer = app.Provider == Provider.Sqlite
            ? (System.Data.Common.DbConnection)new Microsoft.Data.Sqlite.SqliteConnection(app.Database.Connection)
            : new Npgsql.NpgsqlConnection(app.Database.Connection))
        {
            await writer.OpenAsync();
            await using var hold = writer.CreateCommand();
            hold.CommandText = app.Provider == Provider.Sqlite
                ? "BEGIN IMMEDIATE"
                : $"BEGIN; SELECT 1 FROM user_sessions WHERE \"UserId\" = '{id}' FOR UPDATE; SELECT 1 FROM api_tokens WHERE \"UserId\" = '{id}' FOR UPDATE";
            await hold.ExecuteNonQueryAsync();

            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/account", quick.Token)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/v1/account", quick.Token)).StatusCode);

            hold.CommandText = "ROLLBACK";
            await hold.ExecuteNonQueryAsync();
        }

        await app.InScopeAsync(async sp => { await sp.GetRequiredService<Gonghui.Infrastructure.Security.LastUse>().FlushAsync(sp.GetRequiredService<Gonghui.Infrastructure.Data.GonghuiDbContext>(), CancellationToken.None); return true; });
        var seen = await app.DbAsync(db => db.UserSessions.Where(x => x.UserId == id).MaxAsync(x => x.LastSeenAt));
        var used = await app.DbAsync(db => db.ApiTokens.Where(x => x.UserId == id).MaxAsync(x => x.LastUsedAt));
        Assert.InRange(DateTime.UtcNow - seen, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.InRange(DateTime.UtcNow - used!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(1));
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
