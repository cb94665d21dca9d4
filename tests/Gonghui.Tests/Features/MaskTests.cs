using System.Globalization;
using System.Net;
using System.Text;
using Gonghui.Features.Members;
using Gonghui.Tests.Infrastructure;
using MiniExcelLibs;

namespace Gonghui.Tests.Features;

/// <summary>
/// Masks that hold (decision 0014): every response and export a role that may not reveal gets for a member and a
/// certificate is read as an attacker would, and nothing in it, alone or together, completes an ID number or a phone.
/// </summary>
public abstract class MaskTests(GonghuiApp app)
{
    /// <summary>Beijing's district codes, 110101 to 110119: what an attacker would try for the hidden region.</summary>
    private static readonly string[] BeijingRegions = Enumerable.Range(1, 19).Select(i => $"1101{i:00}").ToArray();

    [Fact]
    public async Task No_response_or_export_without_a_reveal_rebuilds_an_id_number_or_a_phone()
    {
        var id = MemberApiTests.NewIdNumber();
        var phone = MemberApiTests.NewPhone();
        var name = "掩" + Guid.NewGuid().ToString("N")[..6];
        var union = await app.UnionIdAsync("CY-GX-001");
        using var staff = await app.ClientAsAsync("hitech-staff");
        using var admin = await app.ClientAsAsync("hitech-admin"); // may reveal, but has not asked to
        var shown = new List<(string Where, string Text)>();

        var created = await staff.PostJsonAsync("/api/v1/members", new { name, idNumber = id, phone, unionId = union, joinedOn = "2020-03-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var memberId = (long)(await created.ReadNodeAsync())["id"]!;
        shown.Add(("create", await created.Content.ReadAsStringAsync()));
        foreach (var client in new[] { staff, admin })
        {
            shown.Add(("read", await client.GetStringAsync($"/api/v1/members/{memberId}")));
            shown.Add(("list", await client.GetStringAsync($"/api/v1/members?q={Uri.EscapeDataString(name)}")));
            shown.Add(("list by birth", await client.GetStringAsync($"/api/v1/members?unionId={union}&sort=birthDate&pageSize=500")));
            shown.Add(("csv", await client.GetStringAsync($"/api/v1/members/export?format=csv&q={Uri.EscapeDataString(name)}")));
            var xlsx = await client.GetByteArrayAsync($"/api/v1/members/export?format=xlsx&q={Uri.EscapeDataString(name)}");
            using var stream = new MemoryStream(xlsx);
            shown.Add(("xlsx", string.Join('\t', stream.Query().Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));
        }

        var training = await (await staff.PostJsonAsync("/api/v1/certification-trainings", new
        {
            unionId = union, title = "掩码测试培训", occupation = "电工", level = "intermediate", startOn = "2026-05-01", endOn = "2026-05-31", trainees = 1,
        })).ReadNodeAsync();
        var withCertificate = await staff.PostJsonAsync($"/api/v1/certification-trainings/{(long)training["id"]!}/certificates", new
        {
            certificates = new[] { new { workerName = name, idNumber = id, certificateNumber = "YM-001", issuedOn = "2026-06-01" } },
        });
        Assert.Equal(HttpStatusCode.OK, withCertificate.StatusCode);
        shown.Add(("certificate", await withCertificate.Content.ReadAsStringAsync()));
        shown.Add(("training", await staff.GetStringAsync($"/api/v1/certification-trainings/{(long)training["id"]!}")));

        foreach (var (where, text) in shown)
        {
            AssertCannotRebuild(where, text, id, phone);
        }

        // What a person without the key can still try: every number the mask and the year leave open, each a look-up.
        var member = await (await staff.GetAsync($"/api/v1/members/{memberId}")).ReadNodeAsync();
        var candidates = Candidates((string)member["member"]!["idNumber"]!, (int)member["member"]!["birthYear"]!);
        Assert.Contains(id, candidates);
        Assert.True(candidates.Count >= 100, $"only {candidates.Count} ID numbers fit what is shown");
    }

    private static void AssertCannotRebuild(string where, string text, string id, string phone)
    {
        var plain = text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var birth = DateOnly.ParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);
        string[] hidden =
        [
            id, id[..14], id[6..14], birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), birth.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
            birth.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), phone, phone[..7], phone[3..],
        ];
        foreach (var part in hidden)
        {
            Assert.False(text.Contains(part, StringComparison.Ordinal) || plain.Contains(part.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal),
                $"the {where} response shows {part}, which the mask hides");
        }
    }

    /// <summary>Every valid ID number that agrees with a mask and a birth year, for the region codes of Beijing.</summary>
    private static List<string> Candidates(string masked, int year)
    {
        Assert.Equal(18, masked.Length);
        var visible = masked.TrimStart('*');
        var list = new List<string>();
        foreach (var region in BeijingRegions)
        {
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                var body = region + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + visible[..3];
                var whole = new StringBuilder(body).Append(IdNumber.CheckCharacterOf(body)).ToString();
                if (whole.EndsWith(visible, StringComparison.Ordinal))
                {
                    list.Add(whole);
                }
            }
        }

        return list;
    }
}

[Collection("sqlite")]
public sealed class MaskTestsOnSqlite(SqliteApp app) : MaskTests(app);

[Collection("postgres")]
public sealed class MaskTestsOnPostgres(PostgresApp app) : MaskTests(app);
