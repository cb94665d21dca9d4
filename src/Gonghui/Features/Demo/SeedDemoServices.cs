using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Features.Services;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: services to workers in every state — three designated providers; the
/// high-technology union's skills project accepted and paid, with a designated service, a job fair and training that
/// meet its required categories (R10); the manufacturing union's safety order with a deliverable rejected and one
/// awaiting acceptance, and deliveries in four of its five categories (hardship assistance never delivered); the
/// education union's counselling with named members; the government-organ unions' sports day. Dated this year.
/// </summary>
public sealed class SeedDemoServices(GonghuiDbContext db, ServiceProviderRegistry providers, ServicePurchases purchases, ServiceDeliveries deliveries, DesignatedServices designated)
{
    public sealed record Result(int Providers, int Purchases, int Deliveries);

    public async Task<Result> HandleAsync(int seed, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        if (!unions.TryGetValue("CY-GX", out var hightech) || !unions.TryGetValue("CY-ZZ", out var manufacturing))
        {
            return new Result(0, 0, 0);
        }

        var random = new Random(seed);
        var counsel = Require(await providers.SaveAsync(null, new ServiceProviderInput("朝阳区心桥社会工作服务中心", SyntheticIdentities.CreditCode(random), ProviderKind.SocialOrganisation,
            [ServiceCategory.Counselling, ServiceCategory.LegalAid], "民办非企业单位登记证书；社会工作服务机构等级 4A", "项目部", "朝阳区东三环北路 8 号", true, null), ct));
        var skills = Require(await providers.SaveAsync(null, new ServiceProviderInput("北京匠心职业技能培训学校", SyntheticIdentities.CreditCode(random), ProviderKind.Enterprise,
            [ServiceCategory.SkillsTraining, ServiceCategory.WorkSafety], "民办职业培训学校办学许可证", "教务处", "朝阳区酒仙桥路 20 号", true, null), ct));
        Require(await providers.SaveAsync(null, new ServiceProviderInput("朝阳区职业病防治所", SyntheticIdentities.CreditCode(random), ProviderKind.PublicInstitution,
            [ServiceCategory.OccupationalHealth], "职业健康检查机构备案", "体检科", "朝阳区安贞路 3 号", true, null), ct));

        // Early in the year the demo's days stay within it and before today.
        DateOnly Day(int daysAgo) => today.AddDays(-Math.Min(daysAgo, today.DayOfYear - 1));
        var start = new DateOnly(today.Year, 1, 1);
        var gxProject = Require(await purchases.CreateAsync(new ServicePurchaseInput(hightech, skills.Id, "高新技术企业职工数字技能提升项目", $"CYGX-{today.Year}-01", PurchaseMode.Project,
            ServiceCategory.SkillsTraining, 200_000m, start, start, start.AddYears(1).AddDays(-1), 300,
            [new(null, "开设数字技能培训班 6 期", "每期不少于 40 人，结业率 90%"), new(null, "培训满意度测评", "满意度不低于 85%")], null), ct));
        foreach (var d in gxProject.Deliverables)
        {
            gxProject = Require(await purchases.AcceptAsync(gxProject.Id, d.Id, new AcceptanceInput(AcceptanceResult.Accepted, Day(20), 5, "区总工会组织验收，资料齐全", gxProject.Version), ct));
        }

        gxProject = Require(await purchases.PayAsync(gxProject.Id, new PaymentInput(Day(60), 100_000m, "首期款", gxProject.Version), ct));
        Require(await purchases.PayAsync(gxProject.Id, new PaymentInput(Day(10), 80_000m, "验收后支付", gxProject.Version), ct));
        var zzOrder = Require(await purchases.CreateAsync(new ServicePurchaseInput(manufacturing, skills.Id, "制造业班组安全生产培训（订单式）", $"CYZZ-{today.Year}-03", PurchaseMode.Order,
            ServiceCategory.WorkSafety, 60_000m, start, start, start.AddYears(1).AddDays(-1), 500,
            [new(null, "班组长安全培训", "培训 200 人，考核合格率 95%"), new(null, "车间应急演练", "演练 4 场")], null), ct));
        zzOrder = Require(await purchases.AcceptAsync(zzOrder.Id, zzOrder.Deliverables[0].Id, new AcceptanceInput(AcceptanceResult.Rejected, Day(15), 2, "考核合格率未达标，需补训", zzOrder.Version), ct));
        Require(await purchases.PayAsync(zzOrder.Id, new PaymentInput(Day(40), 20_000m, "预付款", zzOrder.Version), ct));
        Require(await designated.CreateAsync(new DesignatedServiceInput(hightech, ServiceCategory.Employment, "望京科技园职工就业创业服务点", "每周三下午就业指导、创业咨询",
            "望京科技园职工服务站", Day(200), null, null), ct));

        var zzMembers = await db.Set<Member>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Union!.Code.StartsWith("CY-ZZ"))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(2).ToListAsync(ct);
        var jyMembers = await db.Set<Member>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Union!.Code.StartsWith("CY-JY"))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(3).ToListAsync(ct);
        (string Union, ServiceCategory Category, string Title, ServiceRunBy RunBy, long? Purchase, int Headcount, List<long> Members, int DaysAgo)[] records =
        [
            ("CY-GX", ServiceCategory.SkillsTraining, "数字技能培训班第一期", ServiceRunBy.Purchase, gxProject.Id, 45, [], 90),
            ("CY-GX", ServiceCategory.Employment, "高新园区春季招聘会", ServiceRunBy.Union, null, 120, [], 60),
            ("CY-ZZ", ServiceCategory.SkillsTraining, "数控车工技能比武赛前培训", ServiceRunBy.Union, null, 35, [], 80),
            ("CY-ZZ", ServiceCategory.WorkSafety, "班组长安全培训（第一批）", ServiceRunBy.Purchase, zzOrder.Id, 80, [], 50),
            ("CY-ZZ", ServiceCategory.LegalAid, "劳动合同法律咨询", ServiceRunBy.Union, null, 0, zzMembers, 30),
            ("CY-ZZ", ServiceCategory.OccupationalHealth, "噪声岗位职业健康体检", ServiceRunBy.Union, null, 150, [], 25),
            ("CY-JY", ServiceCategory.Counselling, "教师心理减压团体辅导", ServiceRunBy.Union, null, 30, jyMembers, 40),
            ("CY-JG", ServiceCategory.CultureSports, "机关职工趣味运动会", ServiceRunBy.Union, null, 260, [], 70),
        ];
        var recorded = 0;
        foreach (var r in records.Where(r => r.Headcount > 0 || r.Members.Count > 0))
        {
            if (!unions.TryGetValue(r.Union, out var union))
            {
                continue;
            }

            Require(await deliveries.CreateAsync(new ServiceDeliveryInput(union, r.Category, r.Title, Day(r.DaysAgo), "朝阳区", r.RunBy, r.Purchase, null, r.Headcount, r.Members, "", null), ct));
            recorded++;
        }

        return new Result(3, 2, recorded);
    }

    private static T Require<T>(Outcome<T> outcome) => SeedDemo.Require(outcome, "services");
}
