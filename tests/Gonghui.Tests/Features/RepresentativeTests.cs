using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Permanent representatives (issue 17, R2): elected per constituency for a term, replaced, recalled or resigned, and their make-up against the district's targets.</summary>
public abstract class RepresentativeTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static IEnumerable<string> Keys(JsonNode problem) => problem["errors"]!.AsObject().Select(x => x.Key).Order();

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year - 1;

    [Fact]
    public async Task A_term_s_representatives_are_elected_replaced_and_resigned_and_their_make_up_is_held_to_the_targets()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        async Task<long> Union(string code, string kind, long parent, string? sector = null) =>
            (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"{code}-{tag}", name = $"常任代表测试{code}{tag}", kind, parentId = parent, sector }), HttpStatusCode.Created))["id"]!;
        var union = await Union("DB", "industrial-union", await app.UnionIdAsync("CY"), "services");
        var grassroots = await Union("DB1", "grassroots-union", union);
        var members = new List<(long Id, bool Woman)>();
        for (var i = 0; i < 6; i++)
        {
            var m = await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = $"代表{i}", idNumber = MemberApiTests.NewIdNumber(), unionId = grassroots, joinedOn = $"{Year - 2}-01-01" }), HttpStatusCode.Created);
            members.Add(((long)m["id"]!, (string)m["gender"]! == "female"));
        }

        var outsider = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = "外会员", idNumber = MemberApiTests.NewIdNumber(), unionId = await app.UnionIdAsync("CY-GX-001") }), HttpStatusCode.Created))["id"]!;
        var plain = await OkAsync(await admin.PostJsonAsync("/api/v1/congress-terms", new { unionId = grassroots, kind = "members-assembly", number = 1, startsOn = $"{Year - 1}-03-01", endsOn = $"{Year + 2}-02-28" }), HttpStatusCode.Created);
        var notPermanent = await OkAsync(await admin.PostJsonAsync("/api/v1/representatives", new { termId = (long)plain["id"]!, memberId = members[0].Id, constituency = "一车间", constituencyKind = "workshop", electedOn = $"{Year}-01-10" }), HttpStatusCode.BadRequest);
        Assert.Equal(["termId"], Keys(notPermanent));

        var term = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/congress-terms", new { unionId = union, kind = "members-congress", number = 1, startsOn = $"{Year - 1}-03-01", endsOn = $"{Year + 3}-02-28", permanentRepresentatives = true }), HttpStatusCode.Created))["id"]!;
        var bad = await OkAsync(await admin.PostJsonAsync("/api/v1/representatives", new { termId = term, memberId = outsider, constituency = " ", constituencyKind = "workshop", electedOn = $"{Year - 2}-01-10" }), HttpStatusCode.BadRequest);
        Assert.Equal(["constituency", "electedOn", "memberId"], Keys(bad));

        async Task<JsonNode> Elect(int i, bool frontLine, bool officer, long? replacesId = null, string? on = null) =>
            await OkAsync(await admin.PostJsonAsync("/api/v1/representatives", new
            {
                termId = term, memberId = members[i].Id, constituency = $"第{i}选区", constituencyKind = i < 3 ? "enterprise" : "enterprise-group", electedOn = on ?? $"{Year - 1}-03-01",
                frontLine, officer, replacesId,
            }), HttpStatusCode.Created);
        var reps = new List<JsonNode> { await Elect(0, true, false), await Elect(1, true, false), await Elect(2, true, false), await Elect(3, false, true), await Elect(4, false, true) };
        Assert.Equal(["memberId"], Keys(await OkAsync(await admin.PostJsonAsync("/api/v1/representatives", new { termId = term, memberId = members[0].Id, constituency = "重复", constituencyKind = "workshop", electedOn = $"{Year}-01-10" }), HttpStatusCode.BadRequest)));

        async Task<Dictionary<string, JsonNode>> Ratios() =>
            (await OkAsync(await admin.GetAsync($"/api/v1/representatives/ratios?termId={term}")))["ratios"]!.AsArray().ToDictionary(r => (string)r!["key"]!, r => r!);
        var ratios = await Ratios();
        Assert.Equal((3, 5, true), ((int)ratios["frontLine"]["count"]!, (int)ratios["frontLine"]["serving"]!, (bool)ratios["frontLine"]["met"]!));
        Assert.Equal((2, false), ((int)ratios["officers"]["count"]!, (bool)ratios["officers"]["met"]!)); // 40% over a ceiling of 20%
        var women = members.Take(5).Count(m => m.Woman);
        Assert.Equal((women, women >= 1.5m), ((int)ratios["women"]["count"]!, (bool)ratios["women"]["met"]!));

        // Seen as the member is: the staff of the grassroots union the members belong to see them, though the congress is the union's above.
        var login = $"dbstaff{tag}".ToLowerInvariant();
        await OkAsync(await admin.PostJsonAsync("/api/v1/users", new { login, displayName = "基层干事", role = "union-staff", unionId = grassroots, password = "Staff#Gonghui2026" }), HttpStatusCode.Created);
        using (var below = await app.ClientAsAsync(login))
        {
            var seen = await OkAsync(await below.GetAsync($"/api/v1/representatives?termId={term}"));
            Assert.Equal((5, 5), ((int)seen["total"]!, seen["items"]!.AsArray().Count)); // the rows, not only their count, though the congress is above them
            Assert.All(seen["items"]!.AsArray(), r => Assert.Equal($"常任代表测试DB{tag}", (string)r!["unionName"]!));
            Assert.Equal(1, (int)(await OkAsync(await below.GetAsync($"/api/v1/representatives/{(long)reps[0]["id"]!}")))["termNumber"]!);
            Assert.Equal(HttpStatusCode.Forbidden, (await below.PutJsonAsync($"/api/v1/representatives/{(long)reps[0]["id"]!}", new
            {
                constituency = "越权", constituencyKind = "workshop", electedOn = $"{Year - 1}-03-01", version = (long)reps[0]["version"]!,
            })).StatusCode); // kept by the congress's union
        }

        var resigned = await OkAsync(await admin.PostJsonAsync($"/api/v1/representatives/{(long)reps[4]["id"]!}/end", new { kind = "resigned", endedOn = $"{Year}-06-30", reason = "调离本行业", version = (long)reps[4]["version"]! }));
        Assert.Equal(("resigned", false), ((string)resigned["endKind"]!, (bool)resigned["serving"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/representatives/{(long)reps[4]["id"]!}/end", new { kind = "recalled", endedOn = $"{Year}-07-01", reason = "再次", version = (long)resigned["version"]! })).StatusCode);
        var early = await OkAsync(await admin.PostJsonAsync($"/api/v1/representatives/{(long)reps[3]["id"]!}/end", new { kind = "recalled", endedOn = $"{Year - 2}-01-01", reason = "", version = (long)reps[3]["version"]! }), HttpStatusCode.BadRequest);
        Assert.Equal(["endedOn", "reason"], Keys(early));

        // The constituency of the fourth elects the sixth member in their place: the fourth leaves, replaced, that day.
        var successor = await Elect(5, true, false, (long)reps[3]["id"]!, $"{Year}-09-01");
        Assert.Equal("代表3", (string)successor["replacesName"]!);
        var replaced = await OkAsync(await admin.GetAsync($"/api/v1/representatives/{(long)reps[3]["id"]!}"));
        Assert.Equal(("replaced", $"{Year}-09-01"), ((string)replaced["endKind"]!, (string)replaced["endedOn"]!));
        Assert.Equal(["replacesId"], Keys(await OkAsync(await admin.PostJsonAsync("/api/v1/representatives", new
        {
            termId = term, memberId = members[4].Id, constituency = "第3选区", constituencyKind = "workshop", electedOn = $"{Year}-10-01", replacesId = (long)reps[3]["id"]!,
        }), HttpStatusCode.BadRequest)));
        ratios = await Ratios();
        Assert.Equal((0, true), ((int)ratios["officers"]["count"]!, (bool)ratios["officers"]["met"]!));
        Assert.Equal((4, 4), ((int)ratios["frontLine"]["count"]!, (int)ratios["frontLine"]["serving"]!));

        var edited = await OkAsync(await admin.PutJsonAsync($"/api/v1/representatives/{(long)reps[0]["id"]!}", new
        {
            constituency = "一车间（机修）", constituencyKind = "workshop", electedOn = $"{Year - 1}-03-01", frontLine = true, officer = false, version = (long)reps[0]["version"]!,
        }));
        Assert.Equal(("一车间（机修）", "workshop"), ((string)edited["constituency"]!, (string)edited["constituencyKind"]!));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutJsonAsync($"/api/v1/representatives/{(long)reps[0]["id"]!}", new
        {
            constituency = "旧版本", constituencyKind = "workshop", electedOn = $"{Year - 1}-03-01", version = (long)reps[0]["version"]!,
        })).StatusCode);

        var left = await OkAsync(await admin.GetAsync($"/api/v1/representatives?termId={term}&serving=false"));
        Assert.Equal([(long)reps[3]["id"]!, (long)reps[4]["id"]!], left["items"]!.AsArray().Select(r => (long)r!["id"]!).Order());
        Assert.Single((await OkAsync(await admin.GetAsync($"/api/v1/representatives?termId={term}&q=机修")))["items"]!.AsArray());
        Assert.Contains("一车间（机修）", await (await admin.GetAsync($"/api/v1/representatives/export?termId={term}&format=csv")).Content.ReadAsStringAsync());
        Assert.Contains((await OkAsync(await admin.GetAsync("/api/v1/representatives/terms"))).AsArray(), x => (long)x!["id"]! == term);

        using var hitech = await app.ClientAsAsync("hitech-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/representatives/{(long)reps[0]["id"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/representatives/{(long)reps[3]["id"]!}?version={(long)replaced["version"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/representatives/{(long)successor["id"]!}?version={(long)successor["version"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/representatives/{(long)reps[3]["id"]!}?version={(long)replaced["version"]!}")).StatusCode);
    }

    [Fact]
    public async Task A_list_of_representatives_is_imported_row_by_row_all_or_nothing_and_a_second_import_changes_nothing()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var union = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"DI-{tag}", name = $"代表导入测试{tag}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector = "services" }), HttpStatusCode.Created))["id"]!;
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(MemberApiTests.NewIdNumber());
            await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = $"导入代表{i}", idNumber = ids[i], unionId = union }), HttpStatusCode.Created);
        }

        var term = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/congress-terms", new { unionId = union, kind = "members-congress", number = 2, startsOn = $"{Year - 1}-03-01", endsOn = $"{Year + 3}-02-28", permanentRepresentatives = true }), HttpStatusCode.Created))["id"]!;
        string[] headers = ["姓名", "身份证号", "届次", "选区", "选区类别", "当选日期", "一线职工", "领导干部"];
        string?[][] good =
        [
            ["导入代表0", ids[0], "", "北京导入科技有限公司", "企业", $"{Year - 1}/3/1", "是", ""],
            ["导入代表1", ids[1], "第2届", "二车间", "车间", $"{Year - 1}年3月1日", "", "是"],
        ];
        string?[][] bad =
        [
            ["导入代表9", ids[2], "", "三车间", "车间", $"{Year - 1}-03-01", "", ""], // the name is not the member's
            ["外人", MemberApiTests.NewIdNumber(), "", "四车间", "车间", $"{Year - 1}-03-01", "", ""], // no member of this union
            ["导入代表2", ids[2], "5", "五车间", "分厂", $"{Year - 5}-03-01", "也许", ""], // no term 5, no such kind, not a flag
            ["导入代表0", ids[0], "", "北京导入科技有限公司", "企业", $"{Year - 1}-03-01", "是", ""], // the first row again
        ];
        var path = Rosters.WriteXlsx([.. good, .. bad], headers);
        try
        {
            var rejected = await ImportTests.ImportAsync(admin, path, "representatives", union);
            Assert.Equal("rejected", (string)rejected["status"]!);
            var errors = await OkAsync(await admin.GetAsync($"/api/v1/imports/{(long)rejected["id"]!}/errors/rows?pageSize=50"));
            Assert.Equal([4, 5, 6, 6, 6, 7], errors["items"]!.AsArray().Select(e => (int)e!["row"]!).Order());
            Assert.Contains(errors["items"]!.AsArray(), e => (int)e!["row"]! == 4 && (string)e["column"]! == "姓名");
            Assert.Equal(0, (int)(await OkAsync(await admin.GetAsync($"/api/v1/representatives?termId={term}")))["total"]!);

            var dry = await ImportTests.ImportAsync(admin, path, "representatives", union, "valid-rows", dryRun: true);
            Assert.Equal(("completed", 2), ((string)dry["status"]!, (int)dry["rowsInserted"]!));
            Assert.Equal(0, (int)(await OkAsync(await admin.GetAsync($"/api/v1/representatives?termId={term}")))["total"]!);

            var valid = await ImportTests.ImportAsync(admin, path, "representatives", union, "valid-rows");
            Assert.Equal(("completed", 2), ((string)valid["status"]!, (int)valid["rowsInserted"]!));
            var listed = (await OkAsync(await admin.GetAsync($"/api/v1/representatives?termId={term}")))["items"]!.AsArray().ToDictionary(r => (string)r!["memberName"]!);
            Assert.Equal(("enterprise", true, false, $"{Year - 1}-03-01"), ((string)listed["导入代表0"]!["constituencyKind"]!, (bool)listed["导入代表0"]!["frontLine"]!, (bool)listed["导入代表0"]!["officer"]!, (string)listed["导入代表0"]!["electedOn"]!));
            Assert.Equal(("workshop", true), ((string)listed["导入代表1"]!["constituencyKind"]!, (bool)listed["导入代表1"]!["officer"]!));

            var again = await ImportTests.ImportAsync(admin, path, "representatives", union, "valid-rows");
            Assert.Equal((0, 0, 2), ((int)again["rowsInserted"]!, (int)again["rowsUpdated"]!, (int)again["rowsUnchanged"]!));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

[Collection("sqlite")]
public sealed class RepresentativeTestsOnSqlite(SqliteApp app) : RepresentativeTests(app);

[Collection("postgres")]
public sealed class RepresentativeTestsOnPostgres(PostgresApp app) : RepresentativeTests(app);
