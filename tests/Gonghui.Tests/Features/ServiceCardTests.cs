using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;
using MiniExcelLibs;

namespace Gonghui.Tests.Features;

/// <summary>The Jing Card (issue 18, R8): applied, issued, lost, replaced, cancelled; sealed and masked; the bank's files; the issuance rate on the scorecard.</summary>
public abstract class ServiceCardTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static IEnumerable<string> Keys(JsonNode problem) => problem["errors"]!.AsObject().Select(x => x.Key).Order();

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    private static readonly string Today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh industrial union with a grassroots union under it and <paramref name="count"/> members there: the union, the grassroots union, the members' ids and ID numbers.</summary>
    private async Task<(long Union, long Grassroots, List<(long Id, string IdNumber, string Name)> Members)> UnionWithMembersAsync(HttpClient admin, string tag, int count)
    {
        var union = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"JK-{tag}", name = $"京卡测试{tag}", kind = "industrial-union", parentId = await app.UnionIdAsync("CY"), sector = "services" }), HttpStatusCode.Created))["id"]!;
        var grassroots = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"JK1-{tag}", name = $"京卡基层{tag}", kind = "grassroots-union", parentId = union }), HttpStatusCode.Created))["id"]!;
        var members = new List<(long, string, string)>();
        for (var i = 0; i < count; i++)
        {
            var id = MemberApiTests.NewIdNumber();
            var m = await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = $"持卡{i}", idNumber = id, unionId = grassroots, joinedOn = "2020-01-01" }), HttpStatusCode.Created);
            members.Add(((long)m["id"]!, id, $"持卡{i}"));
        }

        return (union, grassroots, members);
    }

    /// <summary>A 16-digit card number of the test's own (its tag ends in four hex digits of a fresh GUID).</summary>
    private static string Number(string tag, int i) => $"6214839{Convert.ToInt32(tag[^4..], 16):D5}{i:D4}";

    [Fact]
    public async Task A_card_is_applied_for_issued_lost_replaced_and_cancelled_its_number_sealed_masked_and_moved_with_a_transfer_and_R8_counts_it()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var (union, grassroots, members) = await UnionWithMembersAsync(admin, tag, 4);
        async Task<JsonNode> R8() => (await OkAsync(await admin.GetAsync($"/api/v1/compliance?year={Year}&unionId={union}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R8")!;
        Assert.Equal(("not-met", 0m), ((string)(await R8())["status"]!, (decimal)(await R8())["value"]!));

        var bad = await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards", new { memberId = -1, appliedOn = "2999-01-01", branch = new string('支', 101) }), HttpStatusCode.BadRequest);
        Assert.Equal(["appliedOn", "branch", "memberId"], Keys(bad));
        var cards = new List<JsonNode>();
        foreach (var m in members.Take(3))
        {
            cards.Add(await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards", new { memberId = m.Id, appliedOn = Today, branch = "北京银行朝阳支行" }), HttpStatusCode.Created));
        }

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/v1/service-cards", new { memberId = members[0].Id, appliedOn = Today })).StatusCode);
        Assert.Equal(("applied", null), ((string)cards[0]["status"]!, (string?)cards[0]["cardNumber"]));

        // Issued: the number is checked, kept sealed, shown by its last four only.
        var id0 = (long)cards[0]["id"]!;
        var badNumber = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{id0}/issue", new { cardNumber = "6214-83", date = "2999-01-01", version = 1 }), HttpStatusCode.BadRequest);
        Assert.Equal(["cardNumber", "date"], Keys(badNumber));
        var number0 = Number(tag, 0);
        var issued = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{id0}/issue", new { cardNumber = $"{number0[..4]} {number0[4..8]} {number0[8..12]} {number0[12..]}", date = Today, version = 1 }));
        Assert.Equal(("issued", new string('*', 12) + number0[^4..]), ((string)issued["status"]!, (string)issued["cardNumber"]!));
        Assert.DoesNotContain(number0, await (await admin.GetAsync($"/api/v1/service-cards/{id0}")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync($"/api/v1/service-cards/{id0}/issue", new { cardNumber = Number(tag, 9), date = Today, version = 2 })).StatusCode);
        var taken = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{(long)cards[1]["id"]!}/issue", new { cardNumber = number0, date = Today, version = 1 }), HttpStatusCode.BadRequest);
        Assert.Equal(["cardNumber"], Keys(taken));
        await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{(long)cards[1]["id"]!}/issue", new { cardNumber = Number(tag, 1), date = Today, version = 1 }));

        // Two of four in force: 50 % against the 60 % target.
        var r8 = await R8();
        Assert.Equal(("not-met", 0.5m, 0.6m), ((string)r8["status"]!, (decimal)r8["value"]!, (decimal)r8["threshold"]!));
        Assert.Contains("2", (string)r8["evidence"]![0]!["label"]!);
        var issuance = await OkAsync(await admin.GetAsync($"/api/v1/service-cards/issuance?underUnionId={union}"));
        Assert.Equal((4L, 2L, 1L, 0.5m), ((long)issuance["union"]!["members"]!, (long)issuance["union"]!["inForce"]!, (long)issuance["union"]!["applied"]!, (decimal)issuance["union"]!["rate"]!));
        Assert.Equal(grassroots, (long)issuance["children"]![0]!["unionId"]!);

        // Lost, then replaced with a new number; the old one no longer finds it, the new one does (by POST only, audited).
        var lost = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{id0}/report-lost", new { date = Today, version = 2 }));
        Assert.False((bool)lost["inForce"]!);
        var same = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{id0}/replace", new { cardNumber = number0, date = Today, version = 3 }), HttpStatusCode.BadRequest);
        Assert.Equal(["cardNumber"], Keys(same));
        var replacement = Number(tag, 5);
        var replaced = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{id0}/replace", new { cardNumber = replacement, date = Today, version = 3 }));
        Assert.Equal(("replaced", true), ((string)replaced["status"]!, (bool)replaced["inForce"]!));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/v1/service-cards?q={replacement}")).StatusCode);
        Assert.Equal(0, (int)(await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards/search", new { q = number0 })))["total"]!);
        var found = await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards/search", new { q = replacement, reveal = true }));
        Assert.Equal((id0, replacement), ((long)found["items"]![0]!["id"]!, (string)found["items"]![0]!["cardNumber"]!));
        using var auditor = await app.ClientAsAsync("auditor");
        var audit = await (await auditor.GetAsync("/api/v1/audit-entries?entityType=ServiceCard&pageSize=100")).Content.ReadAsStringAsync();
        Assert.Contains("look-up", audit);
        Assert.Contains("reveal", audit);
        Assert.DoesNotContain(replacement, audit);
        Assert.DoesNotContain(number0, audit);

        // Staff of the union see their cards masked and may not reveal them; another union's staff do not see them.
        using var hitech = await app.ClientAsAsync("hitech-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/service-cards/{id0}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync($"/api/v1/service-cards/{id0}/cancel", new { date = Today, version = 4 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.GetAsync("/api/v1/service-cards?reveal=true")).StatusCode);
        Assert.DoesNotContain((await OkAsync(await hitech.GetAsync("/api/v1/service-cards?pageSize=500")))["items"]!.AsArray(), c => (long)c!["id"]! == id0);

        // A transfer takes the card along; a departure puts it on the list to cancel; the cancellation takes it off.
        var other = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/unions", new { code = $"JK2-{tag}", name = $"京卡转入{tag}", kind = "grassroots-union", parentId = union }), HttpStatusCode.Created))["id"]!;
        var moved = await OkAsync(await admin.PostJsonAsync($"/api/v1/members/{members[0].Id}/transfers", new { toUnionId = other, version = 1 }), HttpStatusCode.Created);
        var afterMove = await OkAsync(await admin.GetAsync($"/api/v1/service-cards/{id0}"));
        Assert.Equal(((long)moved["id"]!, other, "replaced"), ((long)afterMove["memberId"]!, (long)afterMove["unionId"]!, (string)afterMove["status"]!));
        Assert.Equal(2L, (long)(await OkAsync(await admin.GetAsync($"/api/v1/service-cards/issuance?underUnionId={union}")))["union"]!["inForce"]!);

        await OkAsync(await admin.PostJsonAsync($"/api/v1/members/{members[1].Id}/departures", new { date = Today, reason = "退休", version = 1 }));
        var leavers = await OkAsync(await admin.GetAsync($"/api/v1/service-cards?underUnionId={union}&leavers=true"));
        Assert.Equal([(long)cards[1]["id"]!], leavers["items"]!.AsArray().Select(c => (long)c!["id"]!));
        var cancelled = await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{(long)cards[1]["id"]!}/cancel", new { date = Today, reason = "退休注销", version = 2 }));
        Assert.Equal(("cancelled", "退休注销"), ((string)cancelled["status"]!, (string)cancelled["cancelReason"]!));
        Assert.Equal(0, (int)(await OkAsync(await admin.GetAsync($"/api/v1/service-cards?underUnionId={union}&leavers=true")))["total"]!);

        // An application is deleted; an issued card is not.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/service-cards/{id0}?version=5")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/service-cards/{(long)cards[2]["id"]!}?version=1")).StatusCode);

        // One in force (the moved card) of three active members.
        r8 = await R8();
        Assert.Equal(0.3333m, (decimal)r8["value"]!);
        Assert.Contains((await OkAsync(await admin.GetAsync("/api/v1/settings"))).AsArray(), s => (string)s!["key"]! == "ServiceCards:IssuanceTarget");

        // The year's report counts the cards issued or replaced in it: card 0 issued and replaced, card 1 issued (since cancelled).
        var report = (await OkAsync(await admin.GetAsync($"/api/v1/annual-report?year={Year}&unionId={union}")))["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (string)f!["value"]!);
        Assert.Equal("2", report["CardsIssued"]);
    }

    [Fact]
    public async Task The_application_list_goes_out_in_the_bank_s_layout_to_revealing_roles_only_and_a_union_s_members_are_applied_for_at_once()
    {
        using var admin = await app.ClientAsAsync("admin");
        var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var (union, _, members) = await UnionWithMembersAsync(admin, tag, 3);
        using var staff = await app.ClientAsAsync("district-staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/service-cards/applications/export?underUnionId={union}")).StatusCode);

        var csv = await (await admin.GetAsync($"/api/v1/service-cards/applications/export?underUnionId={union}&format=csv")).Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("序号,姓名,证件类型,证件号码,性别,手机号码,工作单位,所属工会", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(3, lines.Length - 1);
        Assert.All(members, m => Assert.Contains(m.IdNumber, csv));
        Assert.Contains("居民身份证", lines[1]);

        var bad = await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards/applications", new { appliedOn = "2999-01-01" }), HttpStatusCode.BadRequest);
        Assert.Equal(["appliedOn", "underUnionId"], Keys(bad));
        using var hitech = await app.ClientAsAsync("hitech-staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync("/api/v1/service-cards/applications", new { underUnionId = union, appliedOn = Today })).StatusCode);
        var applied = await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards/applications", new { underUnionId = union, appliedOn = Today, branch = "北京银行朝阳支行" }));
        Assert.Equal(3, (int)applied["applied"]!);
        Assert.Equal(0, (int)(await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards/applications", new { underUnionId = union, appliedOn = Today })))["applied"]!);
        var pending = await (await admin.GetAsync($"/api/v1/service-cards/applications/export?underUnionId={union}&pending=true&format=xlsx")).Content.ReadAsByteArrayAsync();
        using var sheet = new MemoryStream(pending);
        Assert.Equal(3, sheet.Query(useHeaderRow: true).Count());
        using var auditor = await app.ClientAsAsync("auditor");
        var exports = (await OkAsync(await auditor.GetAsync("/api/v1/audit-entries?entityType=ServiceCardApplication&action=export&pageSize=20")))["items"]!.AsArray();
        Assert.Contains(exports, e => ((string?)e!["after"] ?? "").Contains("\"rows\":3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bank_s_issuance_file_imports_exactly_its_good_rows_in_GBK_CSV_and_XLSX_idempotently_and_the_issuance_rate_moves()
    {
        using var admin = await app.ClientAsAsync("admin");
        foreach (var (format, headers) in new[]
        {
            ("csv", new[] { "姓名", "证件号码", "京卡卡号", "发卡日期", "发卡网点" }),
            ("xlsx", ["持卡人姓名", "身份证号码", "卡号", "制卡日期", "网点名称"]),
        })
        {
            var tag = $"{app.Provider}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
            var (union, _, members) = await UnionWithMembersAsync(admin, tag, 5);
            var elsewhere = await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = "外会员", idNumber = MemberApiTests.NewIdNumber(), unionId = await app.UnionIdAsync("CY-GX-001") }), HttpStatusCode.Created);
            var heldElsewhere = await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards", new { memberId = (long)elsewhere["id"]!, appliedOn = Today }), HttpStatusCode.Created);
            var takenNumber = Number(tag, 99);
            await OkAsync(await admin.PostJsonAsync($"/api/v1/service-cards/{(long)heldElsewhere["id"]!}/issue", new { cardNumber = takenNumber, date = Today, version = 1 }));
            var year = Year - 1;
            string?[][] good =
            [
                [members[0].Name, members[0].IdNumber, Number(tag, 0), $"{year}/3/1", "北京银行朝阳支行"],
                [members[1].Name, members[1].IdNumber.ToLowerInvariant(), $"{Number(tag, 1)[..8]} {Number(tag, 1)[8..]}", $"{year}年3月2日", ""],
            ];
            string?[][] bad =
            [
                [members[2].Name, "110105199001011230", Number(tag, 2), $"{year}-03-01", ""], // the ID number's check digit is wrong
                ["别人", members[3].IdNumber, Number(tag, 3), $"{year}-03-01", ""], // the name is not the member's
                [members[4].Name, members[4].IdNumber, "6214", "明天", ""], // no number, no date
                [members[2].Name, members[2].IdNumber, takenNumber, $"{year}-03-01", ""], // someone else's card
                ["外人", MemberApiTests.NewIdNumber(), Number(tag, 7), $"{year}-03-01", ""], // not a member of the union
                [members[0].Name, members[0].IdNumber, Number(tag, 8), $"{year}-03-01", ""], // the first row's member again
            ];
            async Task<JsonNode> Issuance() => (await OkAsync(await admin.GetAsync($"/api/v1/service-cards/issuance?underUnionId={union}")))["union"]!;
            var path = format == "csv" ? Rosters.WriteCsv([.. good, .. bad], Rosters.Gbk, headers) : Rosters.WriteXlsx([.. good, .. bad], headers);
            try
            {
                var rejected = await ImportTests.ImportAsync(admin, path, "service-cards", union);
                Assert.Equal("rejected", (string)rejected["status"]!);
                var errors = await OkAsync(await admin.GetAsync($"/api/v1/imports/{(long)rejected["id"]!}/errors/rows?pageSize=50"));
                Assert.Equal([4, 5, 6, 6, 7, 8, 9], errors["items"]!.AsArray().Select(e => (int)e!["row"]!).Order());
                Assert.Contains(errors["items"]!.AsArray(), e => (int)e!["row"]! == 5 && (string)e["column"]! == headers[0]);
                Assert.Contains(errors["items"]!.AsArray(), e => (int)e!["row"]! == 7 && (string)e["column"]! == headers[2]);
                Assert.DoesNotContain(takenNumber, errors.ToJsonString());
                Assert.Equal(0L, (long)(await Issuance())["inForce"]!);

                var dry = await ImportTests.ImportAsync(admin, path, "service-cards", union, "valid-rows", dryRun: true);
                Assert.Equal(("completed", 2), ((string)dry["status"]!, (int)dry["rowsInserted"]! + (int)dry["rowsUpdated"]!));
                Assert.Equal(0L, (long)(await Issuance())["inForce"]!);

                var valid = await ImportTests.ImportAsync(admin, path, "service-cards", union, "valid-rows");
                Assert.Equal("completed", (string)valid["status"]!);
                Assert.Equal(2L, (long)(await Issuance())["inForce"]!);
                var again = await ImportTests.ImportAsync(admin, path, "service-cards", union, "valid-rows");
                Assert.Equal((0, 0, 2), ((int)again["rowsInserted"]!, (int)again["rowsUpdated"]!, (int)again["rowsUnchanged"]!));
            }
            finally
            {
                File.Delete(path);
            }

            var listed = (await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards/search", new { underUnionId = union, reveal = true })))["items"]!.AsArray().ToDictionary(c => (string)c!["memberName"]!);
            Assert.Equal((Number(tag, 0), "issued", $"{year}-03-01", "北京银行朝阳支行"),
                ((string)listed[members[0].Name]!["cardNumber"]!, (string)listed[members[0].Name]!["status"]!, (string)listed[members[0].Name]!["issuedOn"]!, (string)listed[members[0].Name]!["branch"]!));
            Assert.Equal(Number(tag, 1), (string)listed[members[1].Name]!["cardNumber"]!);

            // The bank's next file gives the first member a new number: a replacement.
            var next = Rosters.WriteCsv([[members[0].Name, members[0].IdNumber, Number(tag, 10), $"{year}-09-01", ""]], Rosters.Gbk, ["姓名", "证件号码", "京卡卡号", "发卡日期", "发卡网点"]);
            try
            {
                var replaced = await ImportTests.ImportAsync(admin, next, "service-cards", union);
                Assert.Equal((0, 1), ((int)replaced["rowsInserted"]!, (int)replaced["rowsUpdated"]!));
                var card = (await OkAsync(await admin.PostJsonAsync("/api/v1/service-cards/search", new { q = Number(tag, 10) })))["items"]![0]!;
                Assert.Equal(("replaced", $"{year}-09-01", $"{year}-03-01"), ((string)card["status"]!, (string)card["replacedOn"]!, (string)card["issuedOn"]!));
            }
            finally
            {
                File.Delete(next);
            }
        }
    }
}

[Collection("sqlite")]
public sealed class ServiceCardTestsOnSqlite(SqliteApp app) : ServiceCardTests(app);

[Collection("postgres")]
public sealed class ServiceCardTestsOnPostgres(PostgresApp app) : ServiceCardTests(app);
