using Gonghui.Features.Assessment;
using Gonghui.Features.Leadership;
using Gonghui.Features.Officers;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: what the scorecard reads beyond the other modules' records. Officers
/// for every industrial union (two of them short of R18), each with a training course; the Party group's hearing of
/// five unions' work reports and a study session this year, and a hearing of all seven last year; this year's annual
/// plans of two unions, one scored.
/// </summary>
public sealed class SeedDemoAssessment(GonghuiDbContext db, CreateOfficer createOfficer, AddOfficerPosting addPosting, RecordLeadershipSession recordSession,
    CreateAnnualPlan createPlan, SelfAssessAnnualPlan selfAssess, ScoreAnnualPlan score)
{
    public sealed record Result(int Officers, int Sessions, int Plans);

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
                    Name = SeedDemo.Surnames[(officers * 7 + i) % SeedDemo.Surnames.Length] + SeedDemo.Given[(officers * 5 + i) % SeedDemo.Given.Length],
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
        return new Result(officers, 3, await SeedPlansAsync(unions.Select(u => (u.Id, u.Code)).ToList(), today.Year, ct));
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
