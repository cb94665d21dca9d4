using System.Net;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>The columns a user hides in a console table: kept per user on the server, only declared tables and columns.</summary>
public abstract class ColumnChoiceTests(GonghuiApp app)
{
    [Fact]
    public async Task A_users_hidden_columns_are_kept_for_them_alone_with_titles_in_their_language()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var first = await (await staff.GetAsync("/api/v1/account/columns/members")).ReadNodeAsync();
        Assert.Equal("members", (string)first["table"]!);
        var phone = first["columns"]!.AsArray().Single(c => (string)c!["key"]! == "phone")!;
        Assert.Equal("手机号", (string)phone["title"]!);
        Assert.DoesNotContain("name", first["columns"]!.AsArray().Select(c => (string)c!["key"]!)); // the name opens a record: never hidden

        // Hidden in an order of the user's own and twice: kept once each, in the table's order.
        var set = await staff.PutJsonAsync("/api/v1/account/columns/members", new { hidden = new[] { "status", "phone", "phone" } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var again = await (await staff.GetAsync("/api/v1/account/columns/members")).ReadNodeAsync();
        Assert.Equal(["phone", "status"], again["columns"]!.AsArray().Where(c => (bool)c!["hidden"]!).Select(c => (string)c!["key"]!));

        using var english = await app.ClientAsAsync("hitech-staff", "en");
        var inEnglish = await (await english.GetAsync("/api/v1/account/columns/members")).ReadNodeAsync();
        Assert.Equal("Mobile", (string)inEnglish["columns"]!.AsArray().Single(c => (string)c!["key"]! == "phone")!["title"]!);
        Assert.True((bool)inEnglish["columns"]!.AsArray().Single(c => (string)c!["key"]! == "phone")!["hidden"]!);

        using var admin = await app.ClientAsAsync("hitech-admin");
        var other = await (await admin.GetAsync("/api/v1/account/columns/members")).ReadNodeAsync();
        Assert.All(other["columns"]!.AsArray(), c => Assert.False((bool)c!["hidden"]!));

        Assert.Equal(HttpStatusCode.OK, (await staff.PutJsonAsync("/api/v1/account/columns/members", new { hidden = Array.Empty<string>() })).StatusCode);
        var shown = await (await staff.GetAsync("/api/v1/account/columns/members")).ReadNodeAsync();
        Assert.All(shown["columns"]!.AsArray(), c => Assert.False((bool)c!["hidden"]!));
    }

    [Fact]
    public async Task Only_declared_tables_and_columns_are_taken()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/v1/account/columns/salaries")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PutJsonAsync("/api/v1/account/columns/salaries", new { hidden = new[] { "phone" } })).StatusCode);

        var unknown = await staff.PutJsonAsync("/api/v1/account/columns/enterprises", new { hidden = new[] { "creditCode", "name" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.ReadNodeAsync();
        Assert.Equal("不是这张表可隐藏的列。", (string)problem["errors"]!["hidden[1]"]![0]!);
        var unchanged = await (await staff.GetAsync("/api/v1/account/columns/enterprises")).ReadNodeAsync();
        Assert.All(unchanged["columns"]!.AsArray(), c => Assert.False((bool)c!["hidden"]!));

        var nullItem = await staff.PutJsonAsync("/api/v1/account/columns/enterprises", new { hidden = new string?[] { null } });
        Assert.Equal(HttpStatusCode.BadRequest, nullItem.StatusCode);
    }
}

[Collection("sqlite")]
public sealed class ColumnChoiceTestsOnSqlite(SqliteApp app) : ColumnChoiceTests(app);

[Collection("postgres")]
public sealed class ColumnChoiceTestsOnPostgres(PostgresApp app) : ColumnChoiceTests(app);
