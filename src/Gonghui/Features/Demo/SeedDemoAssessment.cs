using Gonghui.Features.Assessment;
using Gonghui.Features.Leadership;
using Gonghui.Features.Officers;
using Gonghui.Features.Organisation;
using Gonghui.Features.Training;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: what the scorecard reads beyond the other modules' records. Officers
/// for every industrial union (two of them short of R18), each with a training course; the Party group's hearing of
/// five unions' work reports and a study session this year, and a hearing of all seven last year; this year's annual
/// plans of two unions, one scored; this year's certification trainings (R7): the high-technology and services unions
/// certify more than a hundred workers, the manufacturing union fewer; two skills competitions with their awards.
/// </summary>
public sealed class SeedDemoAssessment(GonghuiDbContext db, CreateOfficer createOfficer, AddOfficerPosting addPosting, RecordLeadershipSession recordSession,
    CreateAnnualPlan createPlan, SelfAssessAnnualPlan selfAssess, ScoreAnnualPlan score, RecordCertificationTraining recordTraining, AddTrainingCertificates addCertificates,
    RecordSkillsCompetition recordCompetition)
{
    public sealed record Result(int Officers, int Sessions, int Plans, int Certificates);

    /// <summary>This year's trainings: union, title, occupation, level, provider, trainees, certificates.</summary>
    private static readonly (string Union, string Title, string Occupation, SkillLevel Level, string Provider, int Trainees, int Certified)[] Trainings =
    [
        ("CY-GX", "软件测试员取证培训班", "软件测试员", SkillLevel.Intermediate, "北京市朝阳区职业技能培训学校", 70, 62),
        ("CY-GX", "人工智能训练师（四级）培训班", "人工智能训练师", SkillLevel.Intermediate, "朝阳区人工智能产业人才基地", 50, 45),
        ("CY-FW", "育婴员（四级）取证培训", "育婴员", SkillLevel.Intermediate, "朝阳区家政服务职业技能培训中心", 120, 104),
        ("CY-ZZ", "电工（中级）取证培训", "电工", SkillLevel.Intermediate, "北京市工贸技师学院", 60, 48),
    ];

    private static readonly string[] Posts = ["主席", "副主席", "经审委员", "组织干事", "宣传干事", "权益干事"];

    /// <summary>Officers per union: the education and cultural-creative unions are short of the three R18 asks.</summary>
    private static readonly Dictionary<string, int> Staffing = new() { ["CY-JG"] = 3, ["CY-JY"] = 2, ["CY-WS"] = 3, ["CY-FW"] = 4, ["CY-ZZ"] = 3, ["CY-GX"] = 4, ["CY-WC"] = 1 };

    public async Task<Result> HandleAsync(CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var today = LocalizationSetup.Today;
        var officers = 0;
        foreach (var union in unions)
        {
            for (var i = 0; i < Staffing.GetValueOrDefault(union.Code, 3); i++)
            {
                var officer = Required(await createOfficer.HandleAsync(new OfficerInput
                {
                    UnionId = union.Id,
                    Name = SyntheticIdentities.Name(new Random(officers * 7 + i)),
                    Post = Posts[i % Posts.Length],
                    FullTime = i < 2,
                    StartOn = today.AddYears(-2 - i).AddDays(-30 * officers),
                }, ct));
                Required(await addPosting.HandleAsync(officer.Id, new AddOfficerPosting.Request(PostingKind.Training, today.AddMonths(-3), today.AddMonths(-3).AddDays(4), "北京市总工会产业工会干部培训班"), ct));
                officers++;
            }
        }

        var heardThisYear = unions.Where(u => u.Code is not ("CY-JY" or "CY-WC")).Select(u => u.Id).ToList();
        Required(await recordSession.HandleAsync(new LeadershipSessionInput(LeadershipSessionKind.LeadershipHearing, new DateOnly(today.Year, 3, 18),
            "区总工会党组听取产业工会年度工作汇报", "各产业工会上年工作完成情况和本年工作计划；行业集体协商推进情况", "同意各产业工会工作安排，要求年内实现行业工资集体合同全覆盖", heardThisYear, null), ct));
        Required(await recordSession.HandleAsync(new LeadershipSessionInput(LeadershipSessionKind.StudySession, new DateOnly(today.Year, 6, 25),
            "党组专题研究产业工会建设", "产业工会干事配备；新就业形态劳动者入会", "按会员规模补齐干事，年底前完成", [], null), ct));
        Required(await recordSession.HandleAsync(new LeadershipSessionInput(LeadershipSessionKind.LeadershipHearing, new DateOnly(today.Year - 1, 4, 10),
            "区总工会党组听取产业工会工作汇报", "上年工作总结", "", unions.Select(u => u.Id).ToList(), null), ct));
        var plans = await SeedPlansAsync(unions.Select(u => (u.Id, u.Code)).ToList(), today.Year, ct);
        return new Result(officers, 3, plans, await SeedTrainingsAsync(unions.ToDictionary(u => u.Code, u => u.Id), today, ct));
    }

    /// <summary>The year's trainings, begun three months ago (or on 1 January), their certificates issued today.</summary>
    private async Task<int> SeedTrainingsAsync(Dictionary<string, long> unions, DateOnly today, CancellationToken ct)
    {
        var start = today.DayOfYear > 90 ? today.AddDays(-90) : new DateOnly(today.Year, 1, 1);
        var certificates = 0;
        foreach (var (union, title, occupation, level, provider, trainees, certified) in Trainings)
        {
            var training = Required(await recordTraining.HandleAsync(new CertificationTrainingInput(unions[union], title, occupation, level, provider, start, today, trainees, null), ct));
            var rows = Enumerable.Range(certificates, certified).Select(i => new CertificateInput(
                SyntheticIdentities.Name(new Random(i * 7)),
                SyntheticIdentities.IdNumber(5_000_000 + i), $"{today.Year}{i:000000}", today)).ToList();
            Required(await addCertificates.HandleAsync(training.Id, new CertificatesInput(rows, training.Version), ct));
            certificates += certified;
        }

        foreach (var (union, title, occupation, entrants) in new[] { ("CY-GX", "朝阳区软件测试技能大赛", "软件测试员", 86), ("CY-ZZ", "朝阳区制造业电工技能比武", "电工", 120) })
        {
            Required(await recordCompetition.HandleAsync(new SkillsCompetitionInput(unions[union], title, occupation, start.AddDays(30), entrants,
                [new AwardInput("刘洋", "一等奖", null), new AwardInput("陈静", "二等奖", null), new AwardInput("杨帆", "三等奖", null)], null), ct));
        }

        return certificates;
    }

    /// <summary>This year's plans: the services union's self-assessed and scored, the manufacturing union's still a draft.</summary>
    private async Task<int> SeedPlansAsync(List<(long Id, string Code)> unions, int year, CancellationToken ct)
    {
        PlanItemInput Item(string title, string owner, int month, int weight, IndicatorKind kind, string? rule = null, CountedRecord? counted = null, int? target = null) =>
            new(null, title, owner, new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), weight, kind, rule, counted, target);
        PlanItemInput[] items =
        [
            Item("召开行业联席会议，研究新就业形态劳动者权益", "权益保障部", 9, 20, IndicatorKind.Rule, rule: "R11"),
            Item("按季开展职工队伍状况分析", "办公室", 12, 20, IndicatorKind.Rule, rule: "R12"),
            Item("按会员规模配齐工会干事", "组织部", 6, 15, IndicatorKind.Rule, rule: "R18"),
            Item("向区总工会报送工作信息", "宣传部", 12, 15, IndicatorKind.RecordCount, counted: CountedRecord.InfoReports, target: 4),
            Item("建设职工书屋和心理咨询室", "宣传部", 10, 30, IndicatorKind.Manual),
        ];
        var plans = 0;
        foreach (var (id, code) in unions.Where(u => u.Code is "CY-FW" or "CY-ZZ"))
        {
            var plan = Required(await createPlan.HandleAsync(new AnnualPlanInput(id, year, items, null), ct));
            plans++;
            if (code != "CY-FW")
            {
                continue;
            }

            var manual = plan.Items.Single(i => i.Indicator == IndicatorKind.Manual).Id;
            var assessed = Required(await selfAssess.HandleAsync(plan.Id, new ScoresInput([new ItemScoreInput(manual, 90, "职工书屋建成，心理咨询室年底前开放")], plan.Version), ct));
            Required(await score.HandleAsync(plan.Id, new ScoresInput([new ItemScoreInput(manual, 80, "心理咨询室尚未开放")], assessed.Version), ct));
        }

        return plans;
    }

    private static T Required<T>(Infrastructure.Api.Outcome<T> outcome) => SeedDemo.Require(outcome, "assessment");
}
