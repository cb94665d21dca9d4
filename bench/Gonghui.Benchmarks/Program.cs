using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gonghui.Features.Assessment;
using Gonghui.Features.Coverage;
using Gonghui.Features.Demo;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

// The district-scale benchmark's own parts; bench/run.sh drives them with the gonghui executable and the engines' bulk tools.
//   generate DIR MEMBERS ENTERPRISES   roster files: enterprises-covered.csv, enterprises-uncovered.csv, members-a.csv and
//                                      members-b.csv (half the members each), members.xlsx (Excel's row limit)
//   records --database sqlite|postgres --connection CS SCALE   the scorecard's records at the demo's counts × SCALE
//   measure --database sqlite|postgres --connection CS DIR   search, coverage and scorecard latencies on a loaded database
//   beside URL TOKEN SECONDS [PID]     a reader and a writer against a running server, for SECONDS or until process PID ends
return args switch
{
    ["beside", var url, var token, var seconds] => await Beside(url, token, int.Parse(seconds, CultureInfo.InvariantCulture), null),
    ["beside", var url, var token, var seconds, var pid] => await Beside(url, token, int.Parse(seconds, CultureInfo.InvariantCulture), int.Parse(pid, CultureInfo.InvariantCulture)),
    ["records", "--database", var provider, "--connection", var connection, var scale] => await Records(provider, connection, int.Parse(scale, CultureInfo.InvariantCulture)),
    ["generate", var dir, var members, var enterprises] => await Generate(dir, int.Parse(members, CultureInfo.InvariantCulture), int.Parse(enterprises, CultureInfo.InvariantCulture)),
    ["measure", "--database", var provider, "--connection", var connection, var dir] => await Measure(provider, connection, dir),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate DIR MEMBERS ENTERPRISES | records --database sqlite|postgres --connection CS SCALE | measure --database sqlite|postgres --connection CS DIR | beside URL TOKEN SECONDS [PID]");
    return 2;
}

static async Task<int> Generate(string dir, int members, int enterprises)
{
    Directory.CreateDirectory(dir);
    var random = new Random(2015);
    var codes = Enumerable.Range(0, enterprises).Select(_ => SyntheticIdentities.CreditCode(random)).Distinct().ToArray();
    string[] sections = ["C", "F", "H", "I", "K", "L", "M", "O", "P", "Q", "R"];
    foreach (var (file, from, to) in new[] { ("enterprises-covered.csv", 0, codes.Length * 2 / 3), ("enterprises-uncovered.csv", codes.Length * 2 / 3, codes.Length) })
    {
        await using var w = new StreamWriter(Path.Combine(dir, file), false, new UTF8Encoding(false), 1 << 16);
        await w.WriteLineAsync("企业名称,统一社会信用代码,行业门类,从业人员,营业收入,所在街道");
        for (var i = from; i < to; i++)
        {
            var employees = 5 + random.Next(200);
            await w.WriteLineAsync($"北京基准{i}有限公司,{codes[i]},{sections[i % sections.Length]},{employees},{employees * 40},{SeedDemo.Areas[i % SeedDemo.Areas.Length]}");
        }
    }

    // Members work at the covered enterprises (the first two thirds of the codes).
    var covered = codes.Length * 2 / 3;
    string Row(int i)
    {
        var id = SyntheticIdentities.IdNumber(i);
        return $"{SyntheticIdentities.Name(id, random)},{id},"
            + $"{SyntheticIdentities.Phone(random)},{codes[i % covered]},{SyntheticIdentities.JoinDate(id, i)}";
    }
    const string Header = "姓名,身份证号码,手机号码,统一社会信用代码,入会日期";
    foreach (var (file, from, to) in new[] { ("members-a.csv", 0, members / 2), ("members-b.csv", members / 2, members) })
    {
        await using var w = new StreamWriter(Path.Combine(dir, file), false, new UTF8Encoding(false), 1 << 16);
        await w.WriteLineAsync(Header);
        for (var i = from; i < to; i++)
        {
            await w.WriteLineAsync(Row(i));
        }
    }

    // The XLSX roster at Excel's limit: 1,048,575 data rows under the header.
    var xlsxRows = Math.Min(members, 1_048_575);
    var headers = Header.Split(',');
    MiniExcel.SaveAs(Path.Combine(dir, "members.xlsx"), Enumerable.Range(0, xlsxRows)
        .Select(i => headers.Zip(Row(i).Split(','), (h, v) => (h, v)).ToDictionary(x => x.h, x => (object?)x.v)), overwriteFile: true);
    Console.WriteLine($"generated {members} members over {codes.Length} enterprises in {dir}");
    return 0;
}

static Microsoft.AspNetCore.Builder.WebApplication Host(string provider, string connection) => Gonghui.Host.WebHost.Build([], new Dictionary<string, string?>
{
    ["Database:Provider"] = provider == "postgres" ? "Postgres" : "Sqlite",
    ["Database:Connection"] = connection,
});

static async Task<int> Records(string provider, string connection, int scale)
{
    await using var app = Host(provider, connection);
    await using var scope = app.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("benchmark");
    var watch = Stopwatch.StartNew();
    var made = await Gonghui.Benchmarks.DistrictRecords.SeedAsync(scope.ServiceProvider.GetRequiredService<GonghuiDbContext>(), scale, CancellationToken.None);
    Console.WriteLine($"records ×{scale}: {made} in {watch.Elapsed.TotalSeconds:0.0} s");
    return 0;
}

static async Task<int> Measure(string provider, string connection, string dir)
{
    await using var app = Host(provider, connection);
    await using var scope = app.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("benchmark");
    var list = scope.ServiceProvider.GetRequiredService<ListMembers>();
    var coverage = scope.ServiceProvider.GetRequiredService<GetCoverage>();

    // Sample ID numbers and name prefixes from the roster that was imported.
    var roster = Path.Combine(dir, "members-a.csv");
    var step = Math.Max(1, (File.ReadLines(roster).Count() - 1) / 200);
    var sample = File.ReadLines(roster).Skip(1).Where((_, i) => i % step == 0).Take(200).Select(l => l.Split(',')).ToList();
    async Task<string> Time(string what, IEnumerable<Func<Task>> runs)
    {
        var times = new List<double>();
        foreach (var run in runs)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times = times.Skip(3).Order().ToList(); // the first runs warm the caches and the JIT
        return $"{what}: median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms ({times.Count} runs)";
    }

    var page = new PageQuery(1, 20, null, null);
    Console.WriteLine(await Time("search by ID number", sample.Select(s => (Func<Task>)(() => list.HandleAsync(page with { Q = s[1] }, new ListMembers.Filter(), CancellationToken.None)))));
    Console.WriteLine(await Time("search by phone", sample.Select(s => (Func<Task>)(() => list.HandleAsync(page with { Q = s[2] }, new ListMembers.Filter(), CancellationToken.None)))));
    Console.WriteLine(await Time("search by name prefix", sample.Select(s => (Func<Task>)(() => list.HandleAsync(page with { Q = s[0][..2] }, new ListMembers.Filter(), CancellationToken.None)))));
    Console.WriteLine(await Time("coverage by industry", Enumerable.Range(0, 13).Select(_ => (Func<Task>)(() => coverage.HandleAsync(CoverageBy.Industry, CancellationToken.None)))));

    // The full district scorecard of the year: every industrial union against every rule, as the console asks for it.
    var compliance = scope.ServiceProvider.GetRequiredService<GetCompliance>();
    var year = Gonghui.Infrastructure.Localization.LocalizationSetup.Today.Year;
    Console.WriteLine(await Time("district scorecard (this year)", Enumerable.Range(0, 13).Select(_ => (Func<Task>)(() => compliance.HandleAsync(year, null, CancellationToken.None)))));
    Console.WriteLine(await Time("district scorecard (last year)", Enumerable.Range(0, 8).Select(_ => (Func<Task>)(() => compliance.HandleAsync(year - 1, null, CancellationToken.None)))));
    // Where the scorecard's time goes: each rule's check alone, over all industrial unions.
    var checks = scope.ServiceProvider.GetServices<Gonghui.Features.Assessment.Checks.IComplianceCheck>();
    var db = scope.ServiceProvider.GetRequiredService<GonghuiDbContext>();
    var unions = await db.Unions.Where(u => u.Kind == Gonghui.Features.Organisation.UnionKind.IndustrialUnion)
        .Select(u => new Gonghui.Features.Assessment.Checks.AssessedUnion(u.Id, u.Code, u.Name, u.Path, u.Sector)).ToListAsync();
    var today = Gonghui.Infrastructure.Localization.LocalizationSetup.Today;
    var context = new Gonghui.Features.Assessment.Checks.ComplianceContext(year, today, today, DateTime.UtcNow, unions,
        scope.ServiceProvider.GetRequiredService<Gonghui.Infrastructure.Settings.DistrictSettings>());
    foreach (var check in checks)
    {
        Console.WriteLine("  " + await Time($"check {check.Rule}", Enumerable.Range(0, 6).Select(_ => (Func<Task>)(() => check.EvaluateAsync(context, CancellationToken.None)))));
    }

    await QueryPlansAsync(db, provider);
    return 0;
}

// The plans of the scorecard's two reads that grow with the district: members per union (R18) and enterprises per union (R1, R6).
static async Task QueryPlansAsync(GonghuiDbContext db, string provider)
{
    var queries = new (string What, IQueryable Query)[]
    {
        ("members per union (R18, today)", db.Members.IgnoreQueryFilters().Where(m => m.Status == MemberStatus.Active).GroupBy(m => m.UnionId).Select(g => new { g.Key, Count = g.Count() })),
        ("enterprises per union (R1)", db.Enterprises.IgnoreQueryFilters().Where(e => e.UnionId != null).GroupBy(e => e.Union!.Path)
            .Select(g => new { g.Key, Count = g.Count(), Members = g.Sum(e => (long)e.ActiveMembers), Employees = g.Sum(e => (long)(e.Employees ?? 0)) })),
    };
    var connection = db.Database.GetDbConnection();
    await connection.OpenAsync();
    foreach (var (what, query) in queries)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = (provider == "postgres" ? "EXPLAIN (ANALYZE, COSTS OFF) " : "EXPLAIN QUERY PLAN ") + query.ToQueryString();
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"plan of {what}:");
        while (await reader.ReadAsync())
        {
            Console.WriteLine("  " + reader.GetValue(reader.FieldCount - 1));
        }
    }
}

// Other users beside an import (issue 14): one reader (a page of members by name, a page of enterprises) and one writer
// (registers an enterprise: a row, its audit entry) in a loop each, through the API as a district administrator, for
// SECONDS (the quiet baseline) or for as long as process PID (the import) runs. Every answer's time and status is kept.
static async Task<int> Beside(string url, string token, int seconds, int? pid)
{
    using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(120) };
    http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    var until = DateTime.UtcNow.AddSeconds(seconds);
    bool Going() => pid is int p ? !HasExited(p) : DateTime.UtcNow < until;
    string[] prefixes = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];
    var random = new Random(Environment.ProcessId); // the quiet run and the run beside the import register different enterprises

    async Task<(List<double> Times, int Failures, int ServerErrors)> Loop(Func<int, HttpRequestMessage> request)
    {
        var times = new List<double>();
        int failures = 0, serverErrors = 0;
        for (var i = 0; Going(); i++)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request(i));
                await response.Content.ReadAsByteArrayAsync();
                serverErrors += (int)response.StatusCode >= 500 ? 1 : 0;
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (HttpRequestException)
            {
                failures++;
            }
            catch (TaskCanceledException)
            {
                failures++;
            }

            if (i >= 10)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // after the first few, which warm the server's caches and JIT
            }

            await Task.Delay(50);
        }

        return (times, failures, serverErrors);
    }

    var reader = Loop(i => new HttpRequestMessage(HttpMethod.Get, i % 2 == 0
        ? $"/api/v1/members?q={Uri.EscapeDataString(prefixes[i % prefixes.Length])}&page={1 + i % 5}&pageSize=20"
        : $"/api/v1/enterprises?page={1 + i % 50}&pageSize=20"));
    var writer = Loop(i => new HttpRequestMessage(HttpMethod.Post, "/api/v1/enterprises")
    {
        Content = System.Net.Http.Json.JsonContent.Create(new { name = $"旁路写入企业{Guid.NewGuid():N}"[..16], creditCode = SyntheticIdentities.CreditCode(random), industrySection = "I" }),
    });
    foreach (var (what, result) in new[] { ("reader", await reader), ("writer", await writer) })
    {
        var t = result.Times.Order().ToList();
        Console.WriteLine(t.Count == 0 ? $"{what}: no requests"
            : $"{what}: {t.Count} requests, median {t[t.Count / 2]:0.0} ms, p99 {t[Math.Min(t.Count - 1, (int)(t.Count * 0.99))]:0.0} ms, max {t[^1]:0.0} ms, "
              + $"{result.ServerErrors} answers 5xx, {result.Failures} not 2xx");
    }

    return 0;
}

static bool HasExited(int pid)
{
    try
    {
        return Process.GetProcessById(pid).HasExited;
    }
    catch (ArgumentException)
    {
        return true;
    }
}
