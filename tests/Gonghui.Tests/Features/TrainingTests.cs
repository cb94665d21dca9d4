using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Features.Training;
using Gonghui.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Tests.Features;

/// <summary>
/// Certification trainings (R7): a training and its certificates, checked row by row and added all or none; ID numbers
/// sealed and masked; a worker counted once a year; the unions' standing against R7; scopes.
/// </summary>
public abstract class TrainingTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year - 1;

    private static string On(int month, int day) => new DateOnly(Year, month, day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object Row(string idNumber, string issuedOn, string number = "ZS001", string name = "王芳") =>
        new { workerName = name, idNumber, certificateNumber = number, issuedOn };

    [Fact]
    public async Task Certificates_are_checked_row_by_row_added_all_or_none_and_a_worker_counts_once()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var union = await app.UnionIdAsync("CY-GX-001");
        var unreadable = await OkAsync(await staff.PostJsonAsync("/api/v1/certification-trainings", new { unionId = union, level = "grand-master" }), HttpStatusCode.BadRequest);
        Assert.Equal("无法识别该值，请检查格式（日期为 yyyy-MM-dd，选项须为列出的值之一）。", (string)unreadable["errors"]!["level"]![0]!);
        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/certification-trainings", new { unionId = union, title = " ", startOn = On(5, 1), endOn = On(4, 1), trainees = -1 }),
            HttpStatusCode.BadRequest);
        Assert.Equal(["endOn", "level", "occupation", "title", "trainees"], bad["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal("结业日期不能早于开班日期。", (string)bad["errors"]!["endOn"]![0]!);

        var training = await OkAsync(await staff.PostJsonAsync("/api/v1/certification-trainings", new
        {
            unionId = union, title = "电工（中级）取证培训", occupation = "电工", level = "intermediate", provider = "北京市工贸技师学院", startOn = On(5, 1), endOn = On(5, 31), trainees = 3,
        }), HttpStatusCode.Created);
        var id = (long)training["id"]!;
        var (first, second, third) = (MemberApiTests.NewIdNumber(), MemberApiTests.NewIdNumber(), MemberApiTests.NewIdNumber());

        // One bad row keeps every row out, and each reason names its row.
        var refused = await OkAsync(await staff.PostJsonAsync($"/api/v1/certification-trainings/{id}/certificates", new
        {
            certificates = new[] { Row(first, On(6, 1)), Row(first[..17] + (first[17] == '0' ? '1' : '0'), On(6, 1)), Row(first, On(6, 1)), Row(second, On(4, 30)) },
        }), HttpStatusCode.BadRequest);
        var errors = refused["errors"]!.AsObject();
        Assert.Equal("身份证号校验位错误，请核对。", (string)errors["certificates[1].idNumber"]![0]!);
        Assert.Equal("该职工已在本培训取证。", (string)errors["certificates[2].idNumber"]![0]!);
        Assert.Contains("发证日期", (string)errors["certificates[3].issuedOn"]![0]!, StringComparison.Ordinal);
        Assert.Empty((await OkAsync(await staff.GetAsync($"/api/v1/certification-trainings/{id}")))["certificates"]!.AsArray());

        var added = await OkAsync(await staff.PostJsonAsync($"/api/v1/certification-trainings/{id}/certificates", new
        {
            certificates = new[] { Row(first, On(6, 1), "ZS001"), Row(second, On(6, 1), "ZS002") }, version = (long)training["version"]!,
        }));
        var certificates = added["certificates"]!.AsArray();
        Assert.Equal(2, certificates.Count);
        Assert.Equal($"**************{first[^4..]}", (string)certificates[0]!["idNumber"]!);
        var stored = await app.DbAsync(db => db.Set<TrainingCertificate>().Where(c => c.TrainingId == id).Select(c => c.IdNumberCipher).ToListAsync());
        Assert.All(stored, cipher => Assert.DoesNotContain(first[6..14], cipher, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostJsonAsync($"/api/v1/certification-trainings/{id}/certificates",
            new { certificates = new[] { Row(third, On(6, 2)) }, version = (long)training["version"]! })).StatusCode);
        var more = await OkAsync(await staff.PostJsonAsync($"/api/v1/certification-trainings/{id}/certificates",
            new { certificates = new[] { Row(third, On(6, 2)), Row(MemberApiTests.NewIdNumber(), On(6, 2)) } }), HttpStatusCode.BadRequest);
        Assert.Equal("取证人数不能超过参训人数（3 人）。", (string)more["errors"]!["certificates"]![0]!);
        var fewer = await OkAsync(await staff.PutJsonAsync($"/api/v1/certification-trainings/{id}", new
        {
            title = "电工（中级）取证培训", occupation = "电工", level = "intermediate", startOn = On(5, 1), endOn = On(5, 31), trainees = 1, version = (long)added["version"]!,
        }), HttpStatusCode.BadRequest);
        Assert.Contains("已有 2 人取证", (string)fewer["errors"]!["trainees"]![0]!, StringComparison.Ordinal);
        var later = await OkAsync(await staff.PutJsonAsync($"/api/v1/certification-trainings/{id}", new
        {
            title = "电工（中级）取证培训", occupation = "电工", level = "intermediate", startOn = On(6, 2), endOn = On(6, 30), trainees = 3, version = (long)added["version"]!,
        }), HttpStatusCode.BadRequest);
        Assert.Equal($"已有证书于 {On(6, 1)} 发出，开班日期不能晚于此日。", (string)later["errors"]!["startOn"]![0]!);

        // The same worker certified by a second training of the year counts once.
        var second2 = await OkAsync(await staff.PostJsonAsync("/api/v1/certification-trainings", new
        {
            unionId = union, title = "电工（高级）取证培训", occupation = "电工", level = "advanced", startOn = On(7, 1), endOn = On(7, 31), trainees = 2,
        }), HttpStatusCode.Created);
        await OkAsync(await staff.PostJsonAsync($"/api/v1/certification-trainings/{(long)second2["id"]!}/certificates", new { certificates = new[] { Row(first, On(8, 1)), Row(third, On(8, 1)) } }));
        var byUnion = await OkAsync(await staff.GetAsync($"/api/v1/certification-trainings/by-union?year={Year}"));
        var hitech = byUnion.AsArray().Single()!;
        Assert.Equal(("朝阳区高新技术产业工会", "not-met", 100), ((string)hitech["unionName"]!, (string)hitech["status"]!, (int)hitech["minimum"]!));
        var r7 = (await OkAsync(await staff.GetAsync($"/api/v1/compliance?year={Year}")))["items"]!.AsArray().Single(i => (string)i!["rule"]! == "R7")!;
        Assert.Equal((int)hitech["certifiedWorkers"]!, (int)r7["value"]!);
        Assert.Contains(id, r7["evidence"]!.AsArray().Select(e => (long)e!["id"]!));
        Assert.True((int)hitech["certifiedWorkers"]! >= 3);

        // Removing a certificate and the whole training; the audit log keeps the name masked.
        var removed = await OkAsync(await staff.DeleteAsync($"/api/v1/certification-trainings/{id}/certificates/{(long)certificates[1]!["id"]!}?version={(long)added["version"]!}"));
        Assert.Single(removed["certificates"]!.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/certification-trainings/{id}?version={(long)removed["version"]!}")).StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.Set<TrainingCertificate>().CountAsync(c => c.TrainingId == id)));
        Assert.False(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(TrainingCertificate) && (e.After!.Contains("王芳") || e.After!.Contains(first)))));
    }

    [Fact]
    public async Task A_training_institutions_list_is_imported_from_a_file_all_or_nothing_with_each_refusal_on_its_line()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var training = await OkAsync(await staff.PostJsonAsync("/api/v1/certification-trainings", new
        {
            unionId = await app.UnionIdAsync("CY-GX"), title = "育婴员取证培训", occupation = "育婴员", level = "intermediate", startOn = On(3, 1), endOn = On(3, 31), trainees = 10,
        }), HttpStatusCode.Created);
        var id = (long)training["id"]!;
        async Task<HttpResponseMessage> Upload(string path, string name)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", name } };
            return await staff.PostAsync($"/api/v1/certification-trainings/{id}/certificates/file", form);
        }

        // GBK, the headers as institutions write them, a date as Excel writes it; line 3 has a mistyped ID number.
        var (a, b, c) = (MemberApiTests.NewIdNumber(), MemberApiTests.NewIdNumber(), MemberApiTests.NewIdNumber());
        string[] headers = ["学员姓名", "身份证号码", "证书号", "发证时间"];
        var bad = Rosters.WriteCsv([["李娜", a, "YY001", $"{Year}/4/2"], ["王磊", b[..17] + (b[17] == '0' ? '1' : '0'), "YY002", $"{Year}年4月2日"], ["张敏", c, "YY003", $"{Year}-04-02"]], Rosters.Gbk, headers);
        var refused = await OkAsync(await Upload(bad, "名单.csv"), HttpStatusCode.BadRequest);
        Assert.Equal(["rows[3].idNumber"], refused["errors"]!.AsObject().Select(e => e.Key));
        Assert.Empty((await OkAsync(await staff.GetAsync($"/api/v1/certification-trainings/{id}")))["certificates"]!.AsArray());

        var good = Rosters.WriteXlsx([["李娜", a, "YY001", $"{Year}-04-02"], ["王磊", b, "YY002", $"{Year}-04-02"], ["张敏", c, "YY003", $"{Year}-04-02"]], headers);
        var added = await OkAsync(await Upload(good, "名单.xlsx"));
        Assert.Equal(["YY001", "YY002", "YY003"], added["certificates"]!.AsArray().Select(x => (string)x!["certificateNumber"]!));

        var noId = Rosters.WriteCsv([["赵六", "ZS", $"{Year}-04-02"]], System.Text.Encoding.UTF8, ["姓名", "证书编号", "发证日期"]);
        var missing = await OkAsync(await Upload(noId, "名单.csv"), HttpStatusCode.BadRequest);
        Assert.Equal("缺少必填列：身份证号（可下载导入模板对照）", (string)missing["errors"]!["file"]![0]!);
        foreach (var path in new[] { bad, good, noId })
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_skills_competition_keeps_its_awards_as_a_whole_list_and_the_report_counts_it()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        var union = await app.UnionIdAsync("CY-GX");
        object Body(int entrants, object[] awards, long? version = null) =>
            new { unionId = union, title = "软件测试技能大赛", occupation = "软件测试员", heldOn = On(10, 20), entrants, awards, version };

        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/skills-competitions",
            Body(1, [new { workerName = "赵敏", award = "一等奖" }, new { workerName = "钱进", award = " " }])), HttpStatusCode.BadRequest);
        Assert.Equal(["awards[1].award", "entrants"], bad["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal("获奖 2 人，参赛人数不能少于获奖人数。", (string)bad["errors"]!["entrants"]![0]!);

        var created = await OkAsync(await staff.PostJsonAsync("/api/v1/skills-competitions",
            Body(80, [new { workerName = "赵敏", award = "一等奖", workplace = "北京某软件公司" }, new { workerName = "钱进", award = "二等奖" }])), HttpStatusCode.Created);
        var edited = await OkAsync(await staff.PutJsonAsync($"/api/v1/skills-competitions/{(long)created["id"]!}",
            Body(82, [new { workerName = "孙丽", award = "技术能手" }], (long)created["version"]!)));
        Assert.Equal(("孙丽", 82), ((string)edited["awards"]![0]!["workerName"]!, (int)edited["entrants"]!));
        Assert.Single(edited["awards"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutJsonAsync($"/api/v1/skills-competitions/{(long)created["id"]!}", Body(82, [], (long)created["version"]!))).StatusCode);

        var report = await OkAsync(await staff.GetAsync($"/api/v1/annual-report?year={Year}&unionId={union}"));
        var figures = report["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (string)f!["value"]!);
        Assert.True(int.Parse(figures["SkillsCompetitions"], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(figures["CompetitionEntrants"], System.Globalization.CultureInfo.InvariantCulture) >= 82);

        using var education = await app.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await education.DeleteAsync($"/api/v1/skills-competitions/{(long)created["id"]!}?version={(long)edited["version"]!}")).StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.Set<CompetitionAward>().CountAsync(a => a.CompetitionId == (long)created["id"]!)));
    }

    [Fact]
    public async Task A_union_sees_and_writes_only_its_own_trainings()
    {
        using var admin = await app.ClientAsAsync("admin");
        var education = await app.UnionIdAsync("CY-JY");
        var training = await OkAsync(await admin.PostJsonAsync("/api/v1/certification-trainings", new
        {
            unionId = education, title = "教师心理健康辅导培训", occupation = "心理咨询师", level = "advanced", startOn = On(3, 1), endOn = On(3, 10), trainees = 10,
        }), HttpStatusCode.Created);
        using var hitech = await app.ClientAsAsync("hitech-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await hitech.GetAsync($"/api/v1/certification-trainings/{(long)training["id"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync($"/api/v1/certification-trainings/{(long)training["id"]!}/certificates",
            new { certificates = new[] { Row(MemberApiTests.NewIdNumber(), On(3, 10)) } })).StatusCode);
        Assert.DoesNotContain((long)training["id"]!, (await OkAsync(await hitech.GetAsync($"/api/v1/certification-trainings?year={Year}&pageSize=500")))["items"]!.AsArray().Select(t => (long)t!["id"]!));
        Assert.Equal(HttpStatusCode.Forbidden, (await hitech.PostJsonAsync("/api/v1/certification-trainings", new
        {
            unionId = education, title = "越权", occupation = "电工", level = "primary", startOn = On(3, 1), endOn = On(3, 10), trainees = 1,
        })).StatusCode);

        // The education union keeps its own training plan: R7 does not apply to it.
        var byUnion = await OkAsync(await admin.GetAsync($"/api/v1/certification-trainings/by-union?year={Year}"));
        var row = byUnion.AsArray().Single(r => (long)r!["unionId"]! == education)!;
        Assert.Equal(("not-applicable", "exempt-sector"), ((string)row["status"]!, (string)row["reason"]!));
    }
}

[Collection("sqlite")]
public sealed class TrainingTestsOnSqlite(SqliteApp app) : TrainingTests(app);

[Collection("postgres")]
public sealed class TrainingTestsOnPostgres(PostgresApp app) : TrainingTests(app);
