using Gonghui.Features.Enterprises;
using Gonghui.Features.Bargaining;
using Gonghui.Features.DemocraticManagement;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: industry wage bargaining in the demo district at every stage — a contract in
/// force, one signed and not yet filed, a draft awaiting the workers' congress, a request nobody answered — and workers'
/// congresses, factory affairs and employee seats at some of the covered enterprises. Built through the use cases, dated
/// from today so the stages and deadlines stay meaningful.
/// </summary>
public sealed class SeedDemoBargaining(
    GonghuiDbContext db,
    CreateIndustryAssociation createAssociation,
    CreateNegotiation createNegotiation,
    RecordAnswer answer,
    SetNegotiators negotiators,
    OpenNegotiation open,
    AddNegotiationRound addRound,
    DraftContract draft,
    RecordVote vote,
    SignCollectiveContract sign,
    FileCollectiveContract file,
    EnterpriseRecords<WorkersCongresses, WorkersCongress, WorkersCongressInput, WorkersCongressDto> congresses,
    EnterpriseRecords<FactoryAffairsOpenness, FactoryAffairsItem, FactoryAffairsItemInput, FactoryAffairsItemDto> affairs,
    EnterpriseRecords<EmployeeSeats, EmployeeSeat, EmployeeSeatInput, EmployeeSeatDto> seats)
{
    public sealed record Result(int Negotiations, int Contracts, int DemocraticRecords);

    private enum Stage
    {
        Requested,
        Drafted,
        Signed,
        InForce,
    }

    private static readonly (string Union, string Association, string Section, Stage Stage, string[] Jobs)[] Plans =
    [
        ("CY-GX", "朝阳区软件和信息服务业协会", "I", Stage.InForce, ["软件开发工程师", "测试工程师", "运维工程师", "客服专员"]),
        ("CY-WC", "朝阳区文化创意产业协会", "R", Stage.Signed, ["编辑", "美术设计", "制片助理"]),
        ("CY-ZZ", "朝阳区制造业协会", "C", Stage.Drafted, ["装配工", "数控车工", "质检员"]),
        ("CY-FW", "朝阳区餐饮行业协会", "H", Stage.Requested, ["厨师", "服务员"]),
    ];

    public async Task<Result> HandleAsync(int seed, CancellationToken ct)
    {
        var random = new Random(seed + 2);
        var today = LocalizationSetup.Today;
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Select(u => new { u.Id, u.Code, u.Path }).ToListAsync(ct);
        var (negotiationCount, contractCount) = (0, 0);
        foreach (var plan in Plans)
        {
            var union = unions.Single(u => u.Code == plan.Union);
            var association = Require(await createAssociation.HandleAsync(new IndustryAssociationInput
            {
                Name = plan.Association, Kind = AssociationKind.Association, IndustrySection = plan.Section, UnionId = union.Id,
                Address = $"北京市朝阳区{SeedDemo.Areas[random.Next(SeedDemo.Areas.Length)]}{SeedDemo.Brands[random.Next(SeedDemo.Brands.Length)]}路{random.Next(1, 200)}号",
            }, ct));
            var requested = plan.Stage switch
            {
                Stage.InForce => today.AddMonths(-10),
                Stage.Signed => today.AddDays(-45),
                Stage.Drafted => today.AddDays(-60),
                _ => today.AddDays(-25),
            };
            var id = Require(await createNegotiation.HandleAsync(new CreateNegotiation.Request(
                union.Id, ContractKind.IndustryWage, $"{today.Year}年{plan.Association[3..^2]}行业工资集体协商", CounterpartyKind.Association, association.Id, null,
                BargainingSide.Union, requested), ct)).Id;
            negotiationCount++;
            if (plan.Stage == Stage.Requested)
            {
                continue;
            }

            Require(await answer.HandleAsync(id, new(requested.AddDays(12), "同意按期开展协商", null), ct));
            var team = Enumerable.Range(0, 10).Select(i => new SetNegotiators.Entry(
                i < 5 ? BargainingSide.Union : BargainingSide.Employer, Person(random), i % 5 == 0 ? (i < 5 ? "工会主席" : "协会会长") : (i < 5 ? "职工代表" : "企业代表"), i % 5 == 0)).ToList();
            Require(await negotiators.HandleAsync(id, new(team, null), ct));
            Require(await open.HandleAsync(id, new(requested.AddDays(18), null), ct));
            Require(await addRound.HandleAsync(id, new(requested.AddDays(25), "岗位工资标准、年度增幅", "增幅不低于8%", "增幅4%", "双方同意进一步测算行业平均工资。", null), ct));
            Require(await addRound.HandleAsync(id, new(requested.AddDays(32), "工作时间、休息休假、劳动安全卫生", "月加班不超过36小时", "旺季需延长", "原则同意，旺季另行协商。", null), ct));

            var enterprises = await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.IndustrySection == plan.Section && e.Union != null && e.Union.Path.StartsWith(union.Path))
                .OrderBy(e => e.Id).Select(e => e.Id).Take(300).ToListAsync(ct);
            var (start, end) = (requested.AddDays(40), requested.AddDays(40).AddYears(3).AddDays(-1));
            var drafted = Require(await draft.HandleAsync(id, new CollectiveContractInput
            {
                Title = $"{plan.Association[..^2]}行业工资集体合同（{start.Year}—{end.Year}）",
                StartOn = start,
                EndOn = end,
                EnterpriseIds = enterprises,
                Clauses = Clauses(),
                WageStandards = plan.Jobs.Select((job, i) => new WageStandardInput(job, i == plan.Jobs.Length - 1 ? 2480 : 4200 + 900 * (plan.Jobs.Length - i), 5 + i % 3)).ToList(),
            }, ct));
            contractCount++;
            if (plan.Stage == Stage.Drafted)
            {
                continue;
            }

            Require(await vote.HandleAsync(id, new(requested.AddDays(36), VoteBody.WorkersCongress, 120, 104, 97, 5, null), ct));
            var contract = drafted.ContractId!.Value;
            var signed = requested.AddDays(38);
            Require(await sign.HandleAsync(contract, new(signed, team[0].Name, team[5].Name, null), ct));
            if (plan.Stage == Stage.InForce)
            {
                Require(await file.HandleAsync(contract, new(signed.AddDays(6), signed.AddDays(8), null), ct));
            }
        }

        return new Result(negotiationCount, contractCount, await SeedDemocraticRecordsAsync(random, today, ct));
    }

    /// <summary>Workers' congresses, factory affairs and employee seats at about a third of the covered enterprises.</summary>
    private async Task<int> SeedDemocraticRecordsAsync(Random random, DateOnly today, CancellationToken ct)
    {
        var enterprises = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => e.UnionId != null)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.Employees }).ToListAsync(ct);
        var count = 0;
        foreach (var e in enterprises.Where(_ => random.Next(3) == 0).Take(400))
        {
            var entitled = Math.Clamp((e.Employees ?? 30) / 10, 10, 200);
            var held = today.AddDays(-random.Next(20, 300));
            Require(await congresses.CreateAsync(new WorkersCongressInput(e.Id, held, entitled, entitled * random.Next(60, 101) / 100, "审议企业年度工作报告和职工福利方案", null), ct));
            Require(await affairs.CreateAsync(new FactoryAffairsItemInput(e.Id, held.AddDays(7), "职工代表大会决议公示", "厂务公开栏", null), ct));
            count += 2;
            if (e.Employees >= 300)
            {
                Require(await seats.CreateAsync(new EmployeeSeatInput(e.Id, SeatKind.EmployeeDirector, Person(random), today.AddYears(-1), today.AddYears(2), null), ct));
                Require(await seats.CreateAsync(new EmployeeSeatInput(e.Id, SeatKind.EmployeeSupervisor, Person(random), today.AddYears(-1), today.AddYears(2), null), ct));
                count += 2;
            }
        }

        return count;
    }

    private static List<ClauseInput> Clauses() =>
    [
        new(ClauseTopic.Remuneration, "企业职工工资水平随行业效益增长逐年提高，年度增幅不低于上年度本行业平均水平。", null, null, null, null, null),
        new(ClauseTopic.WorkingHours, "实行标准工时制度，每日工作8小时、每周40小时；确需延长的，每月不超过36小时。", 8, 40, 3, 36, null),
        new(ClauseTopic.RestAndLeave, "职工在法定年休假之外，每年另享带薪假期2天。", null, null, null, null, 2),
        new(ClauseTopic.SafetyAndHealth, "企业每年组织职工健康体检，按规定发放劳动防护用品。", null, null, null, null, null),
        new(ClauseTopic.VocationalTraining, "企业按职工工资总额的1.5%提取职工教育经费，用于岗位技能培训。", null, null, null, null, null),
        new(ClauseTopic.InsuranceAndWelfare, "企业依法足额缴纳社会保险，并为职工办理补充医疗保险。", null, null, null, null, null),
    ];

    private static string Person(Random random) => SyntheticIdentities.Name(random);

    private static T Require<T>(Outcome<T> outcome) => SeedDemo.Require(outcome, "bargaining");
}
