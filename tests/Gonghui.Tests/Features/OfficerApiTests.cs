using System.Text.Json.Nodes;
using System.Net;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

public abstract class OfficerApiTests(GonghuiApp app)
{
    [Fact]
    public async Task Records_officers_with_postings_and_counts_the_staffing_an_industrial_union_needs()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var union = await app.UnionIdAsync("CY-GX");
        var bad = await staff.PostJsonAsync("/api/v1/officers", new { unionId = await app.UnionIdAsync("CY-GX-001"), name = "", startOn = "2024-01-01", endOn = "2023-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadNodeAsync())["errors"]!;
        Assert.NotNull(errors["unionId"]); // a grassroots union has no R18 officers
        Assert.NotNull(errors["name"]);
        Assert.NotNull(errors["post"]);
        Assert.NotNull(errors["endOn"]);

        var before = (await (await staff.GetAsync("/api/v1/officers/staffing")).ReadNodeAsync()).AsArray().Single(l => (long)l!["unionId"]! == union)!;
        var created = await staff.PostJsonAsync("/api/v1/officers", new { unionId = union, name = "李干事", post = "专职干事", fullTime = true, startOn = "2024-01-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var officer = await created.ReadNodeAsync();
        var id = (long)officer["id"]!;

        async Task<JsonNode> Postings() => (await (await staff.GetAsync("/api/v1/officers/postings?year=2025")).ReadNodeAsync()).AsArray().Single(l => (long)l!["unionId"]! == union)!;
        var secondedBefore = (int)(await Postings())["postings"]!["secondment"]!;
        var posted = await (await staff.PostJsonAsync($"/api/v1/officers/{id}/postings", new { kind = "secondment", startOn = "2025-03-01", endOn = "2025-08-31", description = "区人社局挂职" })).ReadNodeAsync();
        Assert.Equal(secondedBefore + 1, (int)(await Postings())["postings"]!["secondment"]!);
        Assert.Equal("secondment", (string)posted["postings"]![0]!["kind"]!);
        var extra = await (await staff.PostJsonAsync($"/api/v1/officers/{id}/postings", new { kind = "training", startOn = "2025-09-01", description = "误录" })).ReadNodeAsync();
        var extraId = (long)extra["postings"]![1]!["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/officers/{id}/postings/{extraId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.DeleteAsync($"/api/v1/officers/{id}/postings/{extraId}")).StatusCode);
        Assert.Single((await (await staff.GetAsync($"/api/v1/officers/{id}")).ReadNodeAsync())["postings"]!.AsArray());

        var after = (await (await staff.GetAsync("/api/v1/officers/staffing")).ReadNodeAsync()).AsArray().Single(l => (long)l!["unionId"]! == union)!;
        Assert.Equal((int)before["officers"]! + 1, (int)after["officers"]!);
        Assert.Equal(3 + ((int)after["members"]! / 5000), (int)after["required"]!);
        Assert.Equal(Math.Max(0, (int)after["required"]! - (int)after["officers"]!), (int)after["shortfall"]!);

        // On a date before the officer started, the officer is not counted.
        var earlier = (await (await staff.GetAsync("/api/v1/officers/staffing?date=2023-06-30")).ReadNodeAsync()).AsArray().Single(l => (long)l!["unionId"]! == union)!;
        Assert.True((int)earlier["officers"]! < (int)after["officers"]!);

        var ended = await staff.PutJsonAsync($"/api/v1/officers/{id}", new { unionId = union, name = "李干事", post = "专职干事", fullTime = true, startOn = "2024-01-01", endOn = "2024-12-31", version = (long)officer["version"]! });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        using var other = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/officers/{id}")).StatusCode);
        Assert.DoesNotContain((await (await other.GetAsync("/api/v1/officers/staffing")).ReadNodeAsync()).AsArray(), l => (long)l!["unionId"]! == union);
    }
}

[Collection("sqlite")]
public sealed class OfficerApiTestsOnSqlite(SqliteApp app) : OfficerApiTests(app);

[Collection("postgres")]
public sealed class OfficerApiTestsOnPostgres(PostgresApp app) : OfficerApiTests(app);
