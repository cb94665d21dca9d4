using System.Net;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Query values out of range answer 400 naming the parameter; each of these once answered 500.</summary>
public abstract class InputBoundsTests(GonghuiApp app)
{
    [Theory]
    [InlineData("/api/v1/audit-entries?from=0001-01-01&to=0001-01-01", "from")]
    [InlineData("/api/v1/audit-entries?to=9999-12-31", "to")]
    [InlineData("/api/v1/workforce-reports/matrix?year=-1", "year")]
    [InlineData("/api/v1/workforce-reports/matrix?year=0", "year")]
    [InlineData("/api/v1/workforce-reports/matrix?year=99999", "year")]
    [InlineData("/api/v1/officers/postings?year=-1", "year")]
    [InlineData("/api/v1/members?page=2147483647", "page")]
    [InlineData("/api/v1/members?pageSize=0", "pageSize")]
    [InlineData("/api/v1/workforce-reports?quarter=5", "quarter")]
    [InlineData("/api/v1/compliance/trend?years=1000", "years")]
    public async Task Out_of_range_query_values_answer_400_naming_them(string url, string field)
    {
        using var admin = await app.ClientAsAsync("admin");
        var answer = await admin.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await answer.ReadNodeAsync())["errors"]!.AsObject();
        Assert.Contains(field, errors.Select(e => e.Key));
        Assert.Contains("须在", (string)errors[field]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_sent_by_post_is_held_to_the_query_strings_bounds()
    {
        // Found by the fuzz run: page 2147483647 overflowed the offset (PostgreSQL answered 500).
        using var admin = await app.ClientAsAsync("admin");
        var answer = await admin.PostJsonAsync("/api/v1/members/search", new { q = " ", page = int.MaxValue, pageSize = 308, sort = new string('s', 33) });
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await answer.ReadNodeAsync())["errors"]!.AsObject();
        Assert.Equal(["page", "sort"], errors.Select(e => e.Key).Order());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/members/search", new { page = 1_000_000, pageSize = 500 })).StatusCode);
    }

    [Fact]
    public async Task A_nul_character_in_a_query_or_a_body_answers_400_naming_where_it_is()
    {
        using var admin = await app.ClientAsAsync("admin");
        var query = await admin.GetAsync(new Uri("/api/v1/unions?q=%00", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.NotNull((await query.ReadNodeAsync())["errors"]!["q"]);

        var body = await admin.PostJsonAsync("/api/v1/unions", new { code = "NUL", name = "空\u0000字符", kind = "grassroots-union", parentId = await app.UnionIdAsync("CY-GX") });
        Assert.Equal(HttpStatusCode.BadRequest, body.StatusCode);
        Assert.NotNull((await body.ReadNodeAsync())["errors"]!["name"]);
    }

    [Fact]
    public async Task A_null_in_a_list_of_rows_answers_400_naming_the_list()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var answer = await staff.PostJsonAsync("/api/v1/skills-competitions", new { unionId = await app.UnionIdAsync("CY-GX"), title = "空行", occupation = "电工", heldOn = "2026-06-01", entrants = 3, awards = new object?[] { null } });
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.NotNull((await answer.ReadNodeAsync())["errors"]!["awards"]);
    }

    [Theory]
    [InlineData("/api/v1/audit-entries?from=1900-01-01&to=2200-12-31")]
    [InlineData("/api/v1/workforce-reports/matrix?year=1900")]
    [InlineData("/api/v1/officers/postings?year=2200")]
    [InlineData("/api/v1/members?page=1000000&pageSize=500")]
    public async Task The_edges_of_each_range_are_answered(string url)
    {
        using var admin = await app.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class InputBoundsTestsOnSqlite(SqliteApp app) : InputBoundsTests(app);

[Collection("postgres")]
public sealed class InputBoundsTestsOnPostgres(PostgresApp app) : InputBoundsTests(app);
