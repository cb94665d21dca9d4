using Gonghui.Features.Members;
using System.Globalization;
using System.Text;
using Gonghui.Features.Imports;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// <c>gonghui seed demo --members N</c>: enterprises (one for every 33 members, about a third with no union yet) and N members
/// in the demo district, written as roster files and loaded through the import, so the demo exercises the path real data takes.
/// Deterministic for a given seed.
/// </summary>
public sealed class SeedDemoRoster(GonghuiDbContext db, StartImport start, ImportRunner runner)
{
    public sealed record Result(int Enterprises, int Members);

    private sealed record DemoEnterprise(string Name, string CreditCode, string Section, string? Division, int Employees, decimal Revenue, string SubDistrict, long? UnionId)
    {
        public int Members { get; set; }

        public int Staff => Math.Max(Employees, (int)Math.Ceiling(Members / 0.85));
    }

    private static readonly Dictionary<IndustrySector, (string Section, string? Division, string Word)[]> Industries = new()
    {
        [IndustrySector.GovernmentOrgans] = [("S", "92", "服务中心")],
        [IndustrySector.Education] = [("P", "83", "教育科技"), ("P", "83", "培训学校")],
        [IndustrySector.Healthcare] = [("Q", "84", "医疗"), ("Q", "84", "健康管理")],
        [IndustrySector.Services] = [("H", "62", "餐饮管理"), ("F", "52", "商贸"), ("K", "70", "物业管理"), ("O", "80", "家政服务")],
        [IndustrySector.Manufacturing] = [("C", "39", "电子"), ("C", "34", "精密机械"), ("C", "27", "医药")],
        [IndustrySector.HighTechnology] = [("I", "65", "信息科技"), ("I", "64", "网络科技"), ("M", "75", "科技发展")],
        [IndustrySector.CulturalCreative] = [("R", "86", "文化传媒"), ("R", "87", "影视"), ("I", "65", "数字创意")],
    };

    private static readonly (string Section, string? Division, string Word)[] AreaIndustries =
        [("F", "52", "商贸"), ("H", "62", "餐饮"), ("H", "61", "酒店管理"), ("K", "70", "物业管理"), ("L", "72", "商务咨询"), ("O", "80", "家政服务"), ("I", "65", "软件"), ("E", "47", "建筑工程")];

    public async Task<Result> HandleAsync(int members, int seed, IProgress<string>? progress, CancellationToken ct)
    {
        var random = new Random(seed + 1);
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Kind == UnionKind.GrassrootsUnion)
            .Select(u => new { u.Id, u.Code, ParentSector = u.Parent!.Sector }).OrderBy(u => u.Code).ToListAsync(ct);
        var enterprises = new List<DemoEnterprise>();
        var count = Math.Max(20, members / 33);
        for (var i = 0; i < count; i++)
        {
            var union = random.Next(100) < 65 ? unions[random.Next(unions.Count)] : null;
            var choices = union?.ParentSector is { } sector ? Industries[sector] : AreaIndustries;
            var (section, division, word) = choices[random.Next(choices.Length)];
            var employees = random.Next(100) switch
            {
                < 45 => random.Next(3, 20),
                < 80 => random.Next(20, 100),
                < 96 => random.Next(100, 1000),
                _ => random.Next(1000, 5000),
            };
            var name = $"北京{SeedDemo.BrandPair(random)}{word}有限公司";
            enterprises.Add(new DemoEnterprise(i < 1000 ? name : name.Replace("有限公司", $"第{i}分公司", StringComparison.Ordinal), SyntheticIdentities.CreditCode(random), section, division,
                employees, Math.Round(employees * (decimal)(20 + random.NextDouble() * 80), 1), SeedDemo.Areas[random.Next(SeedDemo.Areas.Length)], union?.Id));
        }

        // Members go to covered enterprises in proportion to their workforce.
        var covered = enterprises.Where(e => e.UnionId is not null).ToList();
        var weight = covered.Sum(e => (double)e.Employees);
        var given = 0;
        foreach (var e in covered)
        {
            e.Members = (int)(members * e.Employees / weight);
            given += e.Members;
        }

        for (var i = 0; given < members; i++, given++)
        {
            covered[i % covered.Count].Members++;
        }

        var folder = Directory.CreateTempSubdirectory("gonghui-demo-");
        try
        {
            foreach (var group in enterprises.GroupBy(e => e.UnionId))
            {
                var path = Path.Combine(folder.FullName, $"enterprises-{group.Key}.csv");
                // The size is given too: where the NBS table cannot derive it (construction, real estate), the entered one stands.
                await WriteAsync(path, "企业名称,统一社会信用代码,行业门类,行业大类,从业人员,营业收入,所在街道,企业规模",
                    group.Select(e => $"{e.Name},{e.CreditCode},{e.Section},{e.Division},{e.Staff},{e.Revenue.ToString(CultureInfo.InvariantCulture)},{e.SubDistrict},"
                        + (e.Staff >= 300 ? "大型" : e.Staff >= 100 ? "中型" : e.Staff >= 10 ? "小型" : "微型")), ct);
                await ImportAsync("enterprises", group.Key, path, ct);
            }

            progress?.Report($"demo roster: {enterprises.Count} enterprises");
            var index = await db.Members.IgnoreQueryFilters().CountAsync(ct);
            var done = 0;
            foreach (var group in covered.Where(e => e.Members > 0).GroupBy(e => e.UnionId))
            {
                var path = Path.Combine(folder.FullName, $"members-{group.Key}.csv");
                var rows = group.SelectMany(e => Enumerable.Range(0, e.Members).Select(_ => (e.CreditCode, Index: index++)));
                await WriteAsync(path, "姓名,身份证号码,手机号码,统一社会信用代码,入会日期", rows.Select(r =>
                {
                    var id = SyntheticIdentities.IdNumber(r.Index);
                    return $"{SyntheticIdentities.Name(id, random)},{id},"
                        + $"{SyntheticIdentities.Phone(random)},{r.CreditCode},{SyntheticIdentities.JoinDate(id, r.Index)}";
                }), ct);
                done += await ImportAsync("members", group.Key, path, ct);
                progress?.Report($"demo roster: {enterprises.Count} enterprises, {done:N0} of {members:N0} members");
            }

            return new Result(enterprises.Count, done);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task WriteAsync(string path, string header, IEnumerable<string> lines, CancellationToken ct)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync(header);
        foreach (var line in lines)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(line);
        }
    }

    /// <returns>The rows written.</returns>
    private async Task<int> ImportAsync(string kind, long? unionId, string path, CancellationToken ct)
    {
        await using var content = File.OpenRead(path);
        var prepared = await start.PrepareAsync(new StartImport.Request(kind, unionId, ImportMode.AllOrNothing, false, null), Path.GetFileName(path), content, ct);
        if (!prepared.IsOk)
        {
            throw new InvalidOperationException($"demo import {kind}: {prepared.Kind}");
        }

        var job = await runner.RunAsync(prepared.Value.Job.Id, prepared.Value.Staged, null, ct);
        return job.RowsInserted + job.RowsUpdated;
    }
}
