using Gonghui.Features.Accounts;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// <c>gonghui seed demo</c>: a fictional district modelled on Chaoyang: the seven industrial unions the plan names,
/// about forty area federations, grassroots unions under both, and one demo account per role. Deterministic for a
/// given seed, so tests can rely on it.
/// </summary>
public sealed class SeedDemo(GonghuiDbContext db, CreateUser createUser, Infrastructure.Settings.DistrictSettings settings)
{
    public const string DistrictCode = "CY";
    public const string DemoPassword = "Demo#Gonghui2026";

    public static readonly IReadOnlyList<(string Login, string Name, string Role, string? UnionCode)> Accounts =
    [
        ("admin", "区总工会管理员", Roles.DistrictAdmin, null),
        ("district-staff", "区总工会干事", Roles.DistrictStaff, null),
        ("hitech-admin", "高新技术产业工会管理员", Roles.UnionAdmin, "CY-GX"),
        ("hitech-staff", "高新技术产业工会干事", Roles.UnionStaff, "CY-GX"),
        ("jianwai-admin", "建外街道总工会管理员", Roles.UnionAdmin, "CY-A01"),
        ("auditor", "审计员", Roles.Auditor, null),
    ];

    private static readonly (string Code, string Name, IndustrySector Sector, string Grassroots)[] IndustrialUnions =
    [
        ("CY-JG", "朝阳区机关工会联合会", IndustrySector.GovernmentOrgans, "区{0}局机关工会"),
        ("CY-JY", "朝阳区教育工会", IndustrySector.Education, "朝阳区第{0}中学工会"),
        ("CY-WS", "朝阳区卫生工会", IndustrySector.Healthcare, "朝阳区第{0}医院工会"),
        ("CY-FW", "朝阳区服务业工会", IndustrySector.Services, "{0}餐饮服务有限公司工会"),
        ("CY-ZZ", "朝阳区制造业工会", IndustrySector.Manufacturing, "{0}精密制造有限公司工会"),
        ("CY-GX", "朝阳区高新技术产业工会", IndustrySector.HighTechnology, "{0}信息科技有限公司工会"),
        ("CY-WC", "朝阳区文化创意产业工会", IndustrySector.CulturalCreative, "{0}文化传媒有限公司工会"),
    ];

    internal static readonly string[] Areas =
    [
        "建外", "朝外", "呼家楼", "三里屯", "左家庄", "香河园", "和平街", "安贞", "亚运村", "小关",
        "酒仙桥", "麦子店", "团结湖", "六里屯", "八里庄", "双井", "劲松", "潘家园", "垡头", "首都机场",
        "南磨房", "高碑店", "将台", "太阳宫", "大屯", "望京", "小红门", "十八里店", "平房", "东风",
        "来广营", "常营", "三间房", "管庄", "金盏", "孙河", "崔各庄", "东坝", "黑庄户", "豆各庄",
    ];

    internal static readonly string[] Brands = ["华信", "博远", "中科", "京东方", "星河", "瑞丰", "恒通", "金阳", "嘉禾", "天元", "卓越", "宏图", "安泰", "新元", "云帆", "东方", "鼎盛", "朗润"];

    /// <summary>Two different brand words (华信博远, never 东方东方), as a company name joins them.</summary>
    internal static string BrandPair(Random random)
    {
        var first = random.Next(Brands.Length);
        var second = (first + 1 + random.Next(Brands.Length - 1)) % Brands.Length;
        return Brands[first] + Brands[second];
    }

    public sealed record Result(bool AlreadySeeded, int Unions, int Users);

    public async Task<Result> HandleAsync(int seed, CancellationToken ct)
    {
        if (await db.Unions.IgnoreQueryFilters().AnyAsync(u => u.Code == DistrictCode, ct))
        {
            return new Result(true, 0, 0);
        }

        var random = new Random(seed);
        var district = Node(random, DistrictCode, "北京市朝阳区总工会", UnionKind.District, null, "朝阳区");
        await AddLevelAsync([district], null, ct);

        var industrial = IndustrialUnions.Select(i => Node(random, i.Code, i.Name, UnionKind.IndustrialUnion, i.Sector, "朝阳区")).ToList();
        var areas = Areas.Select((a, i) => Node(random, $"CY-A{i + 1:00}", $"{a}{(a == "首都机场" ? "地区" : "街道")}总工会", UnionKind.AreaFederation, null, a)).ToList();
        areas.Add(Node(random, "CY-CBD", "朝阳区商务中心区总工会", UnionKind.AreaFederation, null, "商务中心区"));
        await AddLevelAsync([.. industrial, .. areas], district, ct);

        var grassroots = new List<(Union Node, Union Parent)>();
        var n = 0;
        foreach (var (parent, (_, _, _, pattern)) in industrial.Zip(IndustrialUnions))
        {
            for (var i = 1; i <= 6; i++)
            {
                var label = pattern.Contains('第', StringComparison.Ordinal) || pattern.StartsWith('区')
                    ? i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : BrandPair(random);
                grassroots.Add((Node(random, $"{parent.Code}-{i:000}", string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, label), UnionKind.GrassrootsUnion, null, "朝阳区"), parent));
            }
        }

        foreach (var area in areas)
        {
            var count = 3 + random.Next(6);
            for (var i = 1; i <= count; i++)
            {
                var brand = Brands[random.Next(Brands.Length)];
                var name = random.Next(3) == 0
                    ? $"{area.Name.Replace("总工会", "", StringComparison.Ordinal)}{brand}联合基层工会"
                    : $"北京{brand}{(++n % 5 == 0 ? "物业管理" : "商贸")}有限公司工会";
                grassroots.Add((Node(random, $"{area.Code}-{i:000}", name, UnionKind.GrassrootsUnion, null, area.Address!), area));
            }
        }

        foreach (var group in grassroots.GroupBy(g => g.Parent))
        {
            await AddLevelAsync(group.Select(g => g.Node).ToList(), group.Key, ct);
        }

        var byCode = await db.Unions.IgnoreQueryFilters().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        foreach (var (login, name, role, unionCode) in Accounts)
        {
            var created = await createUser.HandleAsync(new UserInput
            {
                Login = login,
                DisplayName = name,
                Role = role,
                UnionId = unionCode is null ? null : byCode[unionCode],
                Password = DemoPassword,
            }, ct);
            if (!created.IsOk)
            {
                throw new InvalidOperationException($"demo account {login}: {created.Kind}");
            }
        }

        // People trying the demo have no authenticator set up for it: its accounts sign in with the password alone until a
        // district administrator names the roles that need a second factor (规则参数). A real district keeps the default.
        db.Add(new Infrastructure.Settings.DistrictSetting { Key = TwoFactorSettings.RolesKey, Value = "" });
        await db.SaveChangesAsync(ct);
        settings.Invalidate();
        return new Result(false, byCode.Count, Accounts.Count);
    }

    private async Task AddLevelAsync(List<Union> nodes, Union? parent, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await UnionTree.InsertAsync(db, nodes, parent, ct);
        await tx.CommitAsync(ct);
    }

    private static Union Node(Random random, string code, string name, UnionKind kind, IndustrySector? sector, string area) => new()
    {
        Code = code,
        Name = name,
        Kind = kind,
        Sector = sector,
        ChairName = SyntheticIdentities.Name(random),
        ContactPhone = $"010-{random.Next(6500_0000, 8599_9999)}",
        Address = $"北京市朝阳区{area}{Brands[random.Next(Brands.Length)]}路{random.Next(1, 200)}号",
    };

    /// <summary>A demo step's result, or a stop naming the part and why it was refused.</summary>
    internal static T Require<T>(Infrastructure.Api.Outcome<T> outcome, string part) =>
        outcome.IsOk ? outcome.Value! : throw new InvalidOperationException($"demo {part}: {outcome.Kind} {outcome.Detail} {outcome.Errors?.Summary}");
}
