using System.Net;
using System.Text;
using Gonghui.Features.Demo;
using Gonghui.Infrastructure.Security;
using Gonghui.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Tests.Features;

public abstract class MemberApiTests(GonghuiApp app)
{
    /// <summary>
    /// A fresh ID number of Huairou or Pinggu, regions the import tests' rosters never draw from: those import hundreds of
    /// thousands of members into the shared database, and one of theirs would make this one's member a second membership.
    /// </summary>
    public static string NewIdNumber()
    {
        var body = (Random.Shared.Next(2) == 0 ? "110116" : "110117") + SyntheticIdentities.IdNumber(Random.Shared)[6..17];
        return body + Gonghui.Features.Members.IdNumber.CheckCharacterOf(body);
    }

    public static string NewPhone() => SyntheticIdentities.Phone(Random.Shared);

    /// <summary>A surname no demo data uses, so a prefix search finds only this test's members.</summary>
    private static string UniqueName() => "测" + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Registers_a_member_masked_finds_by_name_id_and_phone_and_reveals_only_to_admins_with_an_audit_entry()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var union = await app.UnionIdAsync("CY-GX-001");
        var id = NewIdNumber();
        var phone = NewPhone();
        var name = UniqueName();
        var created = await staff.PostJsonAsync("/api/v1/members", new { name, idNumber = id.ToLowerInvariant() + " ", phone = $"+86 {phone[..3]}-{phone[3..]}", unionId = union, joinedOn = "2020-03-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadNodeAsync();
        var memberId = (long)body["id"]!;
        Assert.Equal(Masking.MaskIdNumber(id), (string)body["idNumber"]!);
        Assert.Equal(Masking.MaskPhone(phone), (string)body["phone"]!);
        Assert.Equal(int.Parse(id.AsSpan(6, 4), System.Globalization.CultureInfo.InvariantCulture), (int)body["birthYear"]!);
        Assert.Null(body["birthDate"]); // the rest of the date is the masked part of the ID number
        Assert.Equal((id[16] - '0') % 2 == 1 ? "male" : "female", (string)body["gender"]!);
        Assert.Equal("active", (string)body["status"]!);

        foreach (var q in new[] { id, phone, name[..4] })
        {
            // A whole number is searched in a request's body, never in its URL.
            var found = await (q == name[..4]
                ? await staff.GetAsync($"/api/v1/members?q={Uri.EscapeDataString(q)}")
                : await staff.PostJsonAsync("/api/v1/members/search", new { q })).ReadNodeAsync();
            Assert.Equal(memberId, (long)found["items"]![0]!["id"]!);
            Assert.Equal(1, (int)found["total"]!);
        }

        foreach (var url in new[] { $"/api/v1/members?q={id}", $"/api/v1/members/export?format=csv&q={phone}" })
        {
            var refused = await staff.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("网址", (string)(await refused.ReadNodeAsync())["errors"]!["q"]![0]!, StringComparison.Ordinal);
        }

        // Union staff may not see it whole; the union's admin may, and the reveal is on the record.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/members/{memberId}?reveal=true")).StatusCode);
        using var admin = await app.ClientAsAsync("hitech-admin");
        var revealed = await (await admin.GetAsync($"/api/v1/members/{memberId}?reveal=true")).ReadNodeAsync();
        Assert.Equal(id, (string)revealed["member"]!["idNumber"]!);
        Assert.Equal(phone, (string)revealed["member"]!["phone"]!);
        var audited = await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "reveal" && a.EntityId == memberId.ToString()));
        Assert.True(audited);

        // Nothing personal reached the audit log of the creation.
        var trail = await app.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Member" && a.EntityId == memberId.ToString()).Select(a => a.After ?? "").ToListAsync());
        Assert.DoesNotContain(trail, t => t.Contains(id, StringComparison.Ordinal) || t.Contains(phone, StringComparison.Ordinal) || t.Contains(name, StringComparison.Ordinal));

        // Outside the high-technology union the member does not exist.
        using var other = await app.ClientAsAsync("jianwai-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/members/{memberId}")).StatusCode);
    }

    [Fact]
    public async Task Refuses_bad_identifiers_with_reasons_and_a_second_active_membership()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var union = await app.UnionIdAsync("CY-GX-002");
        var id = NewIdNumber();
        var bad = await staff.PostJsonAsync("/api/v1/members", new { name = "", idNumber = "1.10105E+17", phone = "12345", unionId = union });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadNodeAsync())["errors"]!;
        Assert.Contains("科学计数法", (string)errors["idNumber"]![0]!, StringComparison.Ordinal);
        Assert.NotNull(errors["name"]);
        Assert.NotNull(errors["phone"]);
        var wrongCheck = id[..17] + (id[17] == '0' ? '1' : '0');
        var check = await (await staff.PostJsonAsync("/api/v1/members", new { name = "王五", idNumber = wrongCheck, unionId = union })).ReadNodeAsync();
        Assert.Contains("校验位", (string)check["errors"]!["idNumber"]![0]!, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await staff.PostJsonAsync("/api/v1/members", new { name = "王五", idNumber = id, unionId = union })).StatusCode);
        using var district = await app.ClientAsAsync("district-staff", "en");
        var twice = await district.PostJsonAsync("/api/v1/members", new { name = "王五", idNumber = id, unionId = await app.UnionIdAsync("CY-JY-001") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        var problem = await twice.ReadNodeAsync();
        Assert.Equal("member-unique", (string)problem["rule"]!);
        Assert.Contains("already an active member", (string)problem["detail"]!, StringComparison.Ordinal);

        // Union staff may not put members into another union.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostJsonAsync("/api/v1/members", new { name = "赵六", idNumber = NewIdNumber(), unionId = await app.UnionIdAsync("CY-JY-001") })).StatusCode);
    }

    [Fact]
    public async Task Transfers_keep_the_history_and_departures_end_the_membership()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var id = NewIdNumber();
        var created = await (await staff.PostJsonAsync("/api/v1/members", new { name = "钱七", idNumber = id, unionId = await app.UnionIdAsync("CY-GX-003"), joinedOn = "2019-05-01" })).ReadNodeAsync();
        var first = (long)created["id"]!;
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PutJsonAsync($"/api/v1/members/{first}", new { name = "钱七", idNumber = id, unionId = await app.UnionIdAsync("CY-GX-004"), version = 1 })).StatusCode);

        var edited = await staff.PutJsonAsync($"/api/v1/members/{first}", new { name = "钱七", idNumber = id, unionId = await app.UnionIdAsync("CY-GX-003"), joinedOn = "2019-05-01", version = 1 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        // The high-technology union transfers the member to the education union, outside its own scope.
        var transfer = await staff.PostJsonAsync($"/api/v1/members/{first}/transfers", new { toUnionId = await app.UnionIdAsync("CY-JY-002"), date = "2024-06-30", version = 2 });
        Assert.Equal(HttpStatusCode.Created, transfer.StatusCode);
        var moved = await transfer.ReadNodeAsync();
        var second = (long)moved["id"]!;
        Assert.Equal("2019-05-01", (string)moved["joinedOn"]!);
        Assert.Equal(first, (long)moved["transferredFromId"]!);

        var old = await (await staff.GetAsync($"/api/v1/members/{first}")).ReadNodeAsync();
        Assert.Equal("transferred", (string)old["member"]!["status"]!);
        Assert.Equal(2, old["history"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/members/{second}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostJsonAsync($"/api/v1/members/{first}/departures", new { reason = "退休" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/v1/members/{first}")).StatusCode);

        using var district = await app.ClientAsAsync("district-staff");
        Assert.Equal(HttpStatusCode.BadRequest, (await district.PostJsonAsync($"/api/v1/members/{second}/departures", new { reason = "" })).StatusCode);
        var left = await (await district.PostJsonAsync($"/api/v1/members/{second}/departures", new { date = "2025-01-31", reason = "退休" })).ReadNodeAsync();
        Assert.Equal("left", (string)left["status"]!);

        // With no active membership left, the person may join again.
        Assert.Equal(HttpStatusCode.Created, (await staff.PostJsonAsync("/api/v1/members", new { name = "钱七", idNumber = id, unionId = await app.UnionIdAsync("CY-GX-003") })).StatusCode);
    }

    [Fact]
    public async Task Exports_are_masked_unless_an_admin_reveals_and_each_is_audited()
    {
        using var admin = await app.ClientAsAsync("hitech-admin");
        var id = NewIdNumber();
        var name = "=" + UniqueName();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/members", new { name, idNumber = id, unionId = await app.UnionIdAsync("CY-GX-005") })).StatusCode);
        var q = Uri.EscapeDataString(name[..4]);

        var masked = Encoding.UTF8.GetString(await (await admin.GetAsync($"/api/v1/members/export?format=csv&q={q}")).Content.ReadAsByteArrayAsync());
        Assert.Contains(Masking.MaskIdNumber(id), masked, StringComparison.Ordinal);
        Assert.DoesNotContain(id, masked, StringComparison.Ordinal);
        Assert.Contains("'" + name, masked, StringComparison.Ordinal);

        var full = await admin.GetAsync($"/api/v1/members/export?format=xlsx&q={q}&reveal=true");
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", full.Content.Headers.ContentType!.MediaType);
        using var staff = await app.ClientAsAsync("hitech-staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/members/export?q={q}&reveal=true")).StatusCode);
        var exports = await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "export" && a.EntityType == "Member" && a.After!.Contains("\"revealed\":true")));
        Assert.True(exports >= 1);
    }
}

[Collection("sqlite")]
public sealed class MemberApiTestsOnSqlite(SqliteApp app) : MemberApiTests(app)
{
    [Fact]
    public async Task The_database_file_holds_no_plain_id_number_or_phone()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var people = Enumerable.Range(0, 5).Select(_ => (Id: NewIdNumber(), Phone: NewPhone())).ToList();
        foreach (var (id, phone) in people)
        {
            Assert.Equal(HttpStatusCode.Created, (await staff.PostJsonAsync("/api/v1/members", new { name = "孙八", idNumber = id, phone, unionId = await app.UnionIdAsync("CY-GX-006") })).StatusCode);
        }

        var all = await app.Database.ReadSqliteFilesAsync();
        Assert.NotEmpty(all);
        foreach (var (id, phone) in people)
        {
            foreach (var needle in new[] { id, phone, id[..17] })
            {
                Assert.True(all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) < 0, $"{needle} found in the database file");
            }
        }
    }
}

[Collection("postgres")]
public sealed class MemberApiTestsOnPostgres(PostgresApp app) : MemberApiTests(app);
