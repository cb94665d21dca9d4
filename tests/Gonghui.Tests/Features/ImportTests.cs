using Gonghui.Infrastructure.Jobs;
using Gonghui.Features.Members;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Gonghui.Features.Demo;
using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Gonghui.Tests.Features;

public abstract class ImportTests(GonghuiApp app)
{
    /// <summary>A grassroots union of its own, so counts see only this test's rows.</summary>
    protected async Task<(long Id, string Code)> FreshUnionAsync() =>
        await app.InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<CreateUnion>().HandleAsync(new UnionInput
            {
                Code = $"I{Guid.NewGuid():N}"[..16],
                Name = "导入测试工会",
                Kind = UnionKind.GrassrootsUnion,
                ParentId = await app.UnionIdAsync("CY-GX"),
            }, CancellationToken.None);
            return (created.Value!.Id, created.Value.Code);
        });

    public static async Task<JsonNode> ImportAsync(HttpClient client, string path, string kind, long? unionId, string? mode = null, bool dryRun = false)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path));
        form.Add(new StringContent(kind), "kind");
        if (unionId is long u)
        {
            form.Add(new StringContent(u.ToString(System.Globalization.CultureInfo.InvariantCulture)), "unionId");
        }

        if (mode is not null)
        {
            form.Add(new StringContent(mode), "mode");
        }

        form.Add(new StringContent(dryRun ? "true" : "false"), "dryRun");
        var response = await client.PostAsync("/api/v1/imports", form);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.ToString();
        for (var i = 0; i < 600; i++)
        {
            var job = await (await client.GetAsync(location)).ReadNodeAsync();
            if ((string)job["status"]! is "completed" or "rejected" or "failed")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"import {location} did not finish");
    }

    protected Task<int> ActiveMembersAsync(long unionId) =>
        app.DbAsync(db => db.Members.CountAsync(m => m.UnionId == unionId && m.Status == Gonghui.Features.Members.MemberStatus.Active));

    [Fact]
    public async Task A_file_with_more_bad_rows_than_are_kept_counts_them_all_and_its_report_says_how_many_more()
    {
        await using var kept = new SecondInstance(app.Database, new Dictionary<string, string> { ["Imports:KeptErrors"] = "2" });
        using var client = kept.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.NewTokenAsync("hitech-staff"));
        var (union, _) = await FreshUnionAsync();
        var rows = Rosters.Members(5, new Random(41));
        rows.ForEach(r => r[1] = "123");
        var path = Rosters.WriteCsv(rows, Encoding.UTF8);
        try
        {
            var job = await ImportAsync(client, path, "members", union);
            Assert.Equal(("rejected", 5), ((string)job["status"]!, (int)job["errorCount"]!));
            var report = await client.GetStringAsync($"/api/v1/imports/{(long)job["id"]!}/errors?format=csv");
            var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(4, lines.Length); // header, two kept, the count of the rest
            Assert.Contains("另有 3 条错误未逐条列出", lines[^1], StringComparison.Ordinal);

            // The page's list: the kept rows in row order, its total the rows kept (the job counts them all).
            var listed = await (await client.GetAsync($"/api/v1/imports/{(long)job["id"]!}/errors/rows?pageSize=10")).ReadNodeAsync();
            Assert.Equal(2, (int)listed["total"]!);
            Assert.Equal([2, 3], listed["items"]!.AsArray().Select(e => (int)e!["row"]!));
            Assert.All(listed["items"]!.AsArray(), e => Assert.False(string.IsNullOrEmpty((string?)e!["message"])));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Imports_utf8_gbk_and_xlsx_rosters_and_a_second_import_changes_nothing()
    {
        var (union, _) = await FreshUnionAsync();
        using var staff = await app.ClientAsAsync("hitech-staff");
        var random = new Random();
        var utf8 = Rosters.WriteCsv(Rosters.Members(30, random), new UTF8Encoding(false), bom: true);
        var gbk = Rosters.WriteCsv(Rosters.Members(20, random).Select(r => { r[0] = "欧阳" + r[0]; return r; }), Rosters.Gbk);
        var xlsx = Rosters.WriteXlsx(Rosters.Members(10, random));

        foreach (var (path, count) in new[] { (utf8, 30), (gbk, 20), (xlsx, 10) })
        {
            var job = await ImportAsync(staff, path, "members", union);
            Assert.Equal("completed", (string)job["status"]!);
            Assert.Equal(count, (int)job["rowsInserted"]!);
            Assert.Equal(0, (int)job["errorCount"]!);
            // A finished job is wholly done and has no pace left to tell.
            Assert.Equal(100, (int)job["pace"]!["percentDone"]!);
            Assert.Null(job["pace"]!["secondsLeft"]);
        }

        Assert.Equal(60, await ActiveMembersAsync(union));
        Assert.Equal(20, await app.DbAsync(db => db.Members.CountAsync(m => m.UnionId == union && m.Name.StartsWith("欧阳导"))));
        var versions = await app.DbAsync(db => db.Members.Where(m => m.UnionId == union).SumAsync(m => m.Version));

        var again = await ImportAsync(staff, utf8, "members", union);
        Assert.Equal((0, 0, 30), ((int)again["rowsInserted"]!, (int)again["rowsUpdated"]!, (int)again["rowsUnchanged"]!));
        Assert.Equal(versions, await app.DbAsync(db => db.Members.Where(m => m.UnionId == union).SumAsync(m => m.Version)));
        Assert.Equal("csv (UTF-8)", (string)again["format"]!);
    }

    [Fact]
    public async Task Reports_every_kind_of_bad_row_and_writes_nothing_unless_asked()
    {
        var (union, _) = await FreshUnionAsync();
        using var staff = await app.ClientAsAsync("hitech-staff");
        var random = new Random();
        var rows = Rosters.Members(3, random);
        var taken = SyntheticIdentities.IdNumber(random);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostJsonAsync("/api/v1/members", new { name = "已在册", idNumber = taken, unionId = await app.UnionIdAsync("CY-GX-001") })).StatusCode);
        var good = rows[0][1]!;
        string?[] Bad(int column, string? value)
        {
            var r = Rosters.Members(1, random)[0];
            r[column] = value;
            r[2] = column == 1 ? null : r[2]; // the generated gender belongs to the replaced ID number
            return r;
        }

        var maleId = Enumerable.Range(0, 50).Select(_ => SyntheticIdentities.IdNumber(random)).First(i => (i[16] - '0') % 2 == 1);
        rows.AddRange(
        [
            Bad(1, good[..17] + (good[17] == '0' ? '1' : '0')), // row 5: bad check character
            Bad(1, "1.10105E+17"), // row 6: Excel's scientific notation
            Bad(1, good), // row 7: same person as row 2
            Bad(1, taken), // row 8: active in another union
            Bad(4, "不存在的公司"), // row 9: unknown enterprise
            Bad(3, "12345"), // row 10: not a mobile number
            Bad(5, "2023-13-45"), // row 11: not a date
            [.. Bad(1, maleId)[..2], "女", .. Bad(1, maleId)[3..]], // row 12: gender against the ID number
            Bad(0, ""), // row 13: no name
        ]);
        var path = Rosters.WriteCsv(rows, Rosters.Gbk);

        var rejected = await ImportAsync(staff, path, "members", union);
        Assert.Equal("rejected", (string)rejected["status"]!);
        Assert.Equal(12, (int)rejected["rowsRead"]!);
        Assert.Equal(0, await ActiveMembersAsync(union));

        var report = await staff.GetAsync($"/api/v1/imports/{(long)rejected["id"]!}/errors");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using var stream = new MemoryStream(await report.Content.ReadAsByteArrayAsync());
        var lines = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.True(lines.Count == 9, string.Join("\n", lines.Select(l => string.Join(" | ", l.Values))));
        Assert.Equal(9, (int)rejected["errorCount"]!);
        var byRow = lines.ToDictionary(l => Convert.ToInt32(l["行号"], System.Globalization.CultureInfo.InvariantCulture), l => $"{l["列"]}: {l["原因"]}");
        Assert.Contains("公民身份号码: 身份证号校验位错误", byRow[5], StringComparison.Ordinal);
        Assert.Contains("科学计数法", byRow[6], StringComparison.Ordinal);
        Assert.Contains("与文件第 2 行重复", byRow[7], StringComparison.Ordinal);
        Assert.Contains("在册会员", byRow[8], StringComparison.Ordinal);
        Assert.Contains("工作单位: 工作单位“不存在的公司”未登记", byRow[9], StringComparison.Ordinal);
        Assert.Contains("手机号码", byRow[10], StringComparison.Ordinal);
        Assert.Contains("入会时间: 日期无法识别", byRow[11], StringComparison.Ordinal);
        Assert.Contains("性别与身份证号不符", byRow[12], StringComparison.Ordinal);
        Assert.Contains("姓名", byRow[13], StringComparison.Ordinal);

        var dry = await ImportAsync(staff, path, "members", union, "valid-rows", dryRun: true);
        Assert.Equal(("completed", 3), ((string)dry["status"]!, (int)dry["rowsInserted"]!));
        Assert.Equal(0, await ActiveMembersAsync(union));

        var valid = await ImportAsync(staff, path, "members", union, "valid-rows");
        Assert.Equal(("completed", 3, 9), ((string)valid["status"]!, (int)valid["rowsInserted"]!, (int)valid["errorCount"]!));
        Assert.Equal(3, await ActiveMembersAsync(union));
        var audited = await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "import" && a.EntityId == ((long)valid["id"]!).ToString()));
        Assert.True(audited);
    }

    [Fact]
    public async Task Imports_enterprises_with_their_size_derived_and_refuses_those_another_union_covers()
    {
        var (union, _) = await FreshUnionAsync();
        using var staff = await app.ClientAsAsync("hitech-staff");
        var random = new Random();
        var (a, b, other) = (SyntheticIdentities.CreditCode(random), SyntheticIdentities.CreditCode(random), SyntheticIdentities.CreditCode(random));
        Assert.Equal(HttpStatusCode.Created, (await (await app.ClientAsAsync("district-staff")).PostJsonAsync("/api/v1/enterprises", new { name = "教育系统企业", creditCode = other, industrySection = "P", unionId = await app.UnionIdAsync("CY-JY-001") })).StatusCode);
        string[] headers = ["企业名称", "统一社会信用代码", "行业门类", "行业大类", "从业人员", "营业收入（万元）", "所在街道", "是否龙头企业"];
        var path = Rosters.WriteXlsx(
        [
            ["北京导入软件有限公司", a, "信息传输、软件和信息技术服务业", "65", "120", "5000", "望京", "是"],
            ["北京导入制造有限公司", b.ToLowerInvariant(), "C", "", "25", "100", "酒仙桥", "否"],
            ["别家的企业", other, "P", "", "10", "", "", ""],
        ], headers);

        var rejected = await ImportAsync(staff, path, "enterprises", union);
        Assert.Equal(("rejected", 1), ((string)rejected["status"]!, (int)rejected["errorCount"]!));
        var job = await ImportAsync(staff, path, "enterprises", union, "valid-rows");
        Assert.Equal(2, (int)job["rowsInserted"]!);

        var found = await (await staff.GetAsync($"/api/v1/enterprises?unionId={union}&sort=creditCode")).ReadNodeAsync();
        var items = found["items"]!.AsArray().ToDictionary(i => (string)i!["creditCode"]!);
        Assert.Equal("medium", (string)items[a]!["sizeClass"]!); // software: 100+ people and 1,000+ (10k yuan)
        Assert.True((bool)items[a]!["isLeading"]!);
        Assert.Equal("micro", (string)items[b]!["sizeClass"]!); // industry: under 300 (10k yuan) revenue
        Assert.Equal("酒仙桥", (string)items[b]!["subDistrict"]!);

        var again = await ImportAsync(staff, path, "enterprises", union, "valid-rows");
        Assert.Equal((0, 0, 2), ((int)again["rowsInserted"]!, (int)again["rowsUpdated"]!, (int)again["rowsUnchanged"]!));
    }

    [Fact]
    public async Task Refuses_unreadable_files_missing_columns_and_imports_outside_the_scope()
    {
        var (union, _) = await FreshUnionAsync();
        using var staff = await app.ClientAsAsync("hitech-staff");
        var noId = Rosters.WriteCsv([["张三", "13800138000"]], new UTF8Encoding(false), ["姓名", "手机"]);
        var failed = await ImportAsync(staff, noId, "members", union);
        Assert.Equal("failed", (string)failed["status"]!);
        Assert.Contains("身份证号", (string)failed["message"]!, StringComparison.Ordinal);

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(noId)), "file", "roster.csv" },
            { new StringContent("members"), "kind" },
            { new StringContent((await app.UnionIdAsync("CY-JY-001")).ToString(System.Globalization.CultureInfo.InvariantCulture)), "unionId" },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/v1/imports", form)).StatusCode);

        var template = await staff.GetAsync("/api/v1/imports/templates/members");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        using var stream = new MemoryStream(await template.Content.ReadAsByteArrayAsync());
        Assert.Contains("身份证号*", stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().First().Keys);
    }

    [Fact]
    public async Task Killing_an_import_midway_leaves_the_database_unchanged_and_the_next_verb_removes_its_roster()
    {
        var (union, code) = await FreshUnionAsync();
        var path = Rosters.WriteCsv(Rosters.Members(150_000, new Random()), new UTF8Encoding(false));
        var before = await app.DbAsync(db => db.Members.IgnoreQueryFilters().CountAsync());
        using var process = GonghuiProcess.Start(app.Database, "import", "members", path, "--union", code);
        string? line;
        while ((line = await process.StandardError.ReadLineAsync()) is not null && !line.StartsWith("reading:", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line); // it was killed mid-way, not after it finished
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Assert.Equal(before, await app.DbAsync(db => db.Members.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(0, await ActiveMembersAsync(union));

        // The plain roster is still staged and the job still says running, until the next verb starts.
        var imports = Path.Combine(app.Database.DataFolder, "imports");
        var job = await app.DbAsync(db => db.Set<ImportJob>().IgnoreQueryFilters().OrderByDescending(j => j.Id).FirstAsync());
        Assert.Equal(ImportStatus.Running, job.Status);
        Assert.True(File.Exists(Path.Combine(imports, job.StagedAs!)));
        var next = await GonghuiProcess.RunAsync(app.Database, null, "key", "fingerprint");
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Empty(Directory.EnumerateFiles(imports));
        var failed = await app.DbAsync(db => db.Set<ImportJob>().IgnoreQueryFilters().AsNoTracking().FirstAsync(j => j.Id == job.Id));
        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.Contains("中断", failed.Message, StringComparison.Ordinal);
        File.Delete(path);
    }
}

[Collection("sqlite")]
public sealed class ImportTestsOnSqlite(SqliteApp app) : ImportTests(app)
{
    private const int Rows = 200_000;

    /// <summary>
    /// Starts a command-line import of a large roster and returns once its first batches are written, as the job's row
    /// says (each batch commits its progress): what it prints comes through a pipe, later.
    /// </summary>
    private async Task<(System.Diagnostics.Process Process, long Union, string Path)> WritingAsync()
    {
        var (union, code) = await FreshUnionAsync();
        var path = Rosters.WriteCsv(Rosters.Members(Rows, new Random()), new UTF8Encoding(false));
        // A random roster repeats an ID number now and then: those rows are reported, the rest written. A second between
        // batches keeps it writing for a few seconds on this small database.
        var process = GonghuiProcess.StartWith(app.Database, new Dictionary<string, string?> { ["GONGHUI_Imports__PauseMilliseconds"] = "1000" },
            "import", "members", path, "--union", code, "--mode", "valid-rows");
        _ = process.StandardOutput.ReadToEndAsync();
        var said = process.StandardError.ReadToEndAsync();
        while (await app.DbAsync(db => db.Set<ImportJob>().IgnoreQueryFilters().AnyAsync(j => j.UnionId == union && j.Status == ImportStatus.Writing && j.WrittenThrough > 0)) is false)
        {
            if (process.HasExited)
            {
                Assert.Fail("the import ended before it was seen writing: " + await said);
            }

            await Task.Delay(20);
        }

        return (process, union, path);
    }

    /// <summary>SQLite's case: on PostgreSQL the import is one transaction beside which others wait only for rows it writes itself.</summary>
    [Fact]
    public async Task Another_user_writes_while_a_large_import_is_writing_and_waits_for_no_more_than_a_batch()
    {
        using var admin = await app.ClientAsAsync("admin");
        async Task<long> RegisterAsync()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var response = await admin.PostJsonAsync("/api/v1/enterprises", new { name = "导入期间登记的企业" + Guid.NewGuid().ToString("N")[..6], creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "I" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return clock.ElapsedMilliseconds;
        }

        await RegisterAsync(); // the endpoint's first call compiles its queries
        var (process, union, path) = await WritingAsync();
        using (process)
        {
            var waits = new List<long>();
            for (var i = 0; i < 3; i++)
            {
                waits.Add(await RegisterAsync());
            }

            // Written between the import's batches, not after its last (one transaction would have held the database
            // for all of them).
            Assert.True(await app.DbAsync(db => db.Set<ImportJob>().IgnoreQueryFilters().AnyAsync(j => j.UnionId == union && j.Status == ImportStatus.Writing)),
                $"the import ended before writes it should not have delayed ({string.Join(", ", waits)} ms)");
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
        }

        File.Delete(path);
    }

    /// <summary>SQLite's case: on PostgreSQL the writes are one transaction, and a kill at any point leaves nothing (tested for both above).</summary>
    [Fact]
    public async Task Killed_while_writing_its_batches_an_import_is_finished_by_the_next_verb()
    {
        var (process, union, path) = await WritingAsync();
        using (process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var job = await app.DbAsync(db => db.Set<ImportJob>().IgnoreQueryFilters().AsNoTracking().OrderByDescending(j => j.Id).FirstAsync());
        var next = await GonghuiProcess.RunAsync(app.Database, null, "key", "fingerprint");
        Assert.True(next.ExitCode == 0, next.Stderr);
        var after = await app.DbAsync(db => db.Set<ImportJob>().IgnoreQueryFilters().AsNoTracking().FirstAsync(j => j.Id == job.Id));
        // Past the point of no return: all of it written, and said so once.
        Assert.Equal(ImportStatus.Completed, after.Status);
        Assert.Equal((Rows, Rows - after.ErrorCount), (after.RowsRead, after.RowsInserted));
        Assert.Equal(after.RowsInserted, await ActiveMembersAsync(union));
        Assert.Equal(1, await app.DbAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == "import" && a.EntityId == job.Id.ToString())));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.Database.DataFolder, "imports")));
        File.Delete(path);
    }

    [Fact]
    public async Task Imported_id_numbers_and_phones_are_not_in_the_database_file()
    {
        var (union, _) = await FreshUnionAsync();
        using var staff = await app.ClientAsAsync("hitech-staff");
        var rows = Rosters.Members(20, new Random());
        var job = await ImportAsync(staff, Rosters.WriteCsv(rows, new UTF8Encoding(false)), "members", union);
        Assert.Equal(20, (int)job["rowsInserted"]!);
        var all = await app.Database.ReadSqliteFilesAsync();
        foreach (var row in rows)
        {
            Assert.True(all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(row[1]!)) < 0, "a plain ID number is in the database file");
            Assert.True(all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(row[3]!)) < 0, "a plain phone is in the database file");
        }
    }
}

[Collection("postgres")]
public sealed class ImportTestsOnPostgres(PostgresApp app) : ImportTests(app);
