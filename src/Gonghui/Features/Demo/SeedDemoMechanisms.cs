using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.DecisionMeetings;
using Gonghui.Features.InfoReports;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.Organisation;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WorkforceReports;
using Gonghui.Features.WorkforceReports.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: the working mechanisms of the demo district. A year of quarterly workforce
/// reports — grassroots unions' submissions and their industrial unions' roll-ups, mostly on time, one late, one still a
/// draft, the high-technology union's last quarter missing, a service-sector report with wage arrears — and warning cases
/// at every level, two of them overdue in reporting, one closed after mediation. Dated from today.
/// </summary>
public sealed class SeedDemoMechanisms(
    GonghuiDbContext db,
    DistrictSettings district,
    OpenWarningCase openCase,
    RecordLayoff layoff,
    ReportWarningCase report,
    RecordMediation mediate,
    CloseWarningCase close,
    RecordJointMeeting recordMeeting,
    AddResolution addResolution,
    UpdateResolution updateResolution,
    RecordDecisionMeeting recordDecision,
    RecordDecisionResearch recordResearch,
    SubmitInfoReport submitInfo,
    ReviewInfoReport reviewInfo)
{
    public sealed record Result(int WorkforceReports, int WarningCases, int Meetings, int InfoReports);

    public async Task<Result> HandleAsync(int seed, CancellationToken ct)
    {
        var random = new Random(seed + 3);
        var reports = await SeedReportsAsync(random, ct);
        var cases = await SeedCasesAsync(ct);
        var meetings = await SeedMeetingsAsync(ct);
        var info = await SeedInfoReportsAsync(random, ct);
        return new Result(reports, cases, meetings, info);
    }

    private static readonly (string Union, string Department, string Association)[] JointMeetingPlans =
    [
        ("CY-GX", "区科学技术和信息化局", "朝阳区软件和信息服务业协会"),
        ("CY-ZZ", "区商务局", "朝阳区制造业协会"),
        ("CY-FW", "区商务局", "朝阳区餐饮行业协会"),
        ("CY-WS", "区卫生健康委员会", "朝阳区医院管理协会"),
        ("CY-JG", "区委社会工作部", "区机关事务管理局"),
    ];

    /// <summary>
    /// A joint meeting this year for five of the seven industrial unions (the education and cultural-creative unions
    /// have none: R11 not met), each with a resolution done and one open, some overdue; the cultural-creative union's
    /// booked for two weeks ahead (planned, not counted); a chair's office meeting with the research that informed it
    /// for every industrial union.
    /// </summary>
    private async Task<int> SeedMeetingsAsync(CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var count = 0;
        foreach (var (plan, i) in JointMeetingPlans.Select((p, i) => (p, i)))
        {
            var heldOn = new DateOnly(today.Year, 1, 1).AddDays(Math.Min(20 + (i * 37), Math.Max(0, today.DayOfYear - 30)));
            var meeting = Require(await recordMeeting.HandleAsync(new JointMeetingInput(unions[plan.Union], i % 2 == 0 ? JointMeetingKind.JointMeeting : JointMeetingKind.TripartiteConsultation,
                heldOn, $"{today.Year}年度行业劳动关系联席会议", [MeetingTopic.IndustryTrends, MeetingTopic.WorkforceDynamics, MeetingTopic.LabourRelations],
                "通报行业职工队伍状况季度分析，研究欠薪治理和工时制度落实。",
                [new ParticipantInput(ParticipantKind.GovernmentDepartment, "区人力资源和社会保障局"), new ParticipantInput(ParticipantKind.GovernmentDepartment, plan.Department),
                    new ParticipantInput(ParticipantKind.IndustryAssociation, plan.Association)], null), ct));
            meeting = Require(await addResolution.HandleAsync(meeting.Id, new ResolutionInput("联合开展行业欠薪隐患排查", "区人力资源和社会保障局", heldOn.AddDays(60), null, null, null, null), ct));
            meeting = Require(await addResolution.HandleAsync(meeting.Id, new ResolutionInput("推动行业工资集体协商扩面", plan.Association, heldOn.AddDays(i % 2 == 0 ? 30 : 300), null, null, null, null), ct));
            var first = meeting.Resolutions.First(r => r.Text.StartsWith("联合", StringComparison.Ordinal));
            if (heldOn.AddDays(45) <= today)
            {
                Require(await updateResolution.HandleAsync(meeting.Id, first.Id, new ResolutionInput(first.Text, first.Owner, first.DueOn, ResolutionStatus.Done, heldOn.AddDays(45),
                    "排查企业 120 家，督促 6 家整改", null), ct));
            }

            count++;
        }

        var booked = today.AddDays(14);
        if (booked.Year == today.Year)
        {
            Require(await recordMeeting.HandleAsync(new JointMeetingInput(unions["CY-WC"], JointMeetingKind.JointMeeting, booked, $"{today.Year}年度文化创意产业联席会议（已安排）",
                [MeetingTopic.IndustryTrends, MeetingTopic.LabourRelations], "拟研究文化创意企业灵活用工和工时制度。",
                [new ParticipantInput(ParticipantKind.GovernmentDepartment, "区委宣传部"), new ParticipantInput(ParticipantKind.IndustryAssociation, "朝阳区文化创意产业协会")], null), ct));
            count++;
        }

        foreach (var (code, id) in unions.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var heldOn = today.AddDays(-40);
            var decision = Require(await recordDecision.HandleAsync(new DecisionMeetingInput(id, DecisionMeetingKind.ChairsOffice, heldOn, "主席办公会：年度困难职工帮扶方案",
                "主席、副主席、经审委员会主任", "审议年度困难职工帮扶方案；研究季度职工队伍状况分析", "同意帮扶方案，按季度跟踪落实", null), ct));
            Require(await recordResearch.HandleAsync(new DecisionResearchInput(id, "困难职工状况专题调研", heldOn.AddDays(-20), "走访基层工会、召开职工座谈会",
                "困难职工主要集中在小微企业，医疗和子女教育支出压力较大。", decision.Id, null), ct));
            count++;
        }

        return count;
    }

    /// <summary>Reports sent up by grassroots unions this year: some waiting, some adopted, one returned, one forwarded to the district.</summary>
    private async Task<int> SeedInfoReportsAsync(Random random, CancellationToken ct)
    {
        var grassroots = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Kind == UnionKind.GrassrootsUnion && u.Parent!.Kind == UnionKind.IndustrialUnion)
            .OrderBy(u => u.Code).Select(u => u.Id).ToListAsync(ct);
        (string Title, InfoCategory Category)[] plans =
        [
            ("开展职工技能比武的做法", InfoCategory.Experience), ("三季度工会工作动态", InfoCategory.WorkNews), ("部分外包人员加班费发放不及时", InfoCategory.Problem),
            ("企业搬迁引发职工安置诉求", InfoCategory.LabourRelations), ("职工书屋建设情况", InfoCategory.WorkNews), ("推行弹性工作制的经验", InfoCategory.Experience),
        ];
        var count = 0;
        foreach (var (plan, i) in plans.Select((p, i) => (p, i)))
        {
            var union = grassroots[(i * 7) % grassroots.Count];
            var sent = Require(await submitInfo.HandleAsync(new SubmitInfoReport.Request(union, plan.Title, plan.Category, $"{plan.Title}。{new string('…', random.Next(1, 4))}"), ct));
            var action = (i % 4) switch
            {
                0 => InfoReportAction.Adopted,
                1 => InfoReportAction.Returned,
                2 => InfoReportAction.Forwarded,
                _ => (InfoReportAction?)null,
            };
            if (action is { } a)
            {
                Require(await reviewInfo.HandleAsync(sent.Id, a, new ReviewInfoReport.Request(a == InfoReportAction.Returned ? "请补充涉及人数和企业名称" : null, null), ct));
            }

            count++;
        }

        return count;
    }

    /// <summary>The last four quarters that have ended, oldest first.</summary>
    private static List<(int Year, int Quarter)> LastQuarters(DateOnly today)
    {
        var (year, quarter) = (today.Year, ((today.Month - 1) / 3) + 1);
        var list = new List<(int, int)>();
        for (var i = 0; i < 4; i++)
        {
            (year, quarter) = quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
            list.Insert(0, (year, quarter));
        }

        return list;
    }

    private async Task<int> SeedReportsAsync(Random random, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion || u.Kind == UnionKind.GrassrootsUnion)
            .Select(u => new { u.Id, u.Code, u.Kind, u.ParentId }).ToListAsync(ct);
        var quarters = LastQuarters(today);
        var count = 0;
        foreach (var industrial in unions.Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code))
        {
            var grassroots = unions.Where(u => u.ParentId == industrial.Id).OrderBy(u => u.Code).ToList();
            foreach (var (year, quarter) in quarters)
            {
                var end = QuarterlyReportRule.QuarterEnd(year, quarter);
                var latest = (year, quarter) == quarters[^1];
                var parts = new List<WorkforceFigures>();
                foreach (var g in grassroots.Where(_ => !latest || random.Next(6) != 0))
                {
                    var arrears = industrial.Code == "CY-FW" && latest && parts.Count == 0;
                    var figures = Figures(random, arrears);
                    parts.Add(figures);
                    db.Add(Report(g.Id, year, quarter, figures, "本季度职工队伍总体稳定。", end.AddDays(random.Next(3, 15))));
                    count++;
                }

                if (industrial.Code == "CY-GX" && latest)
                {
                    continue; // not yet reported: overdue
                }

                // One report came late; one is still a draft.
                var submittedOn = industrial.Code == "CY-WS" && quarter == quarters[1].Quarter ? end.AddDays(district.Get<WorkforceReportSettings>().DueDays + 6) : end.AddDays(random.Next(8, district.Get<WorkforceReportSettings>().DueDays + 1));
                var own = Report(industrial.Id, year, quarter, WorkforceFigures.RollUp(parts),
                    "本季度行业职工队伍总体稳定，劳动关系和谐；个别企业存在欠薪、加班时间较长等问题，已督促整改。", submittedOn);
                own.RolledUpFrom = parts.Count;
                if (industrial.Code == "CY-ZZ" && latest)
                {
                    own.Status = WorkforceReportStatus.Draft;
                    own.SubmittedOn = null;
                }

                db.Add(own);
                count++;
            }
        }

        await db.SaveChangesAsync(ct);
        return count;
    }

    private static WorkforceReport Report(long unionId, int year, int quarter, WorkforceFigures figures, string narrative, DateOnly submittedOn) => new()
    {
        UnionId = unionId,
        Year = year,
        Quarter = quarter,
        Figures = figures,
        Narrative = narrative,
        Status = WorkforceReportStatus.Submitted,
        SubmittedOn = submittedOn,
    };

    private static WorkforceFigures Figures(Random random, bool arrears)
    {
        var workers = random.Next(50, 800);
        var disputes = random.Next(0, 4);
        return new WorkforceFigures
        {
            WorkersAtEnd = workers,
            Hired = random.Next(0, workers / 10),
            Left = random.Next(0, workers / 12),
            AverageMonthlyPay = random.Next(55, 160) * 100m,
            WageArrearsEnterprises = arrears ? 1 : 0,
            WageArrearsWorkers = arrears ? 35 : 0,
            WageArrearsAmount = arrears ? 280_000m : 0m,
            LaidOff = random.Next(0, 3),
            OvertimeComplaints = random.Next(0, 3),
            DisputesReceived = disputes,
            DisputesResolved = random.Next(0, disputes + 1),
        };
    }

    private async Task<int> SeedCasesAsync(CancellationToken ct)
    {
        var enterprises = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => e.Union != null)
            .Select(e => new { e.Id, e.Name, e.UnionId, Code = e.Union!.Code }).OrderBy(e => e.Id).ToListAsync(ct);
        if (enterprises.Count == 0)
        {
            return 0;
        }

        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Select(u => new { u.Id, u.Code }).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        (long Id, string Name, long Union) Under(string code, int skip)
        {
            var e = enterprises.Where(x => x.Code.StartsWith(code, StringComparison.Ordinal)).Skip(skip).FirstOrDefault() ?? enterprises[skip % enterprises.Count];
            return (e.Id, e.Name, unions[code]);
        }

        var now = DateTime.UtcNow;
        var today = LocalizationSetup.Today;
        async Task<WarningCaseDto> Open(string code, int skip, string title, SignalKind kind, int workers, string description, TimeSpan ago)
        {
            var (id, _, union) = Under(code, skip);
            return Require(await openCase.HandleAsync(new OpenWarningCase.Request(union, id, title, description, now - ago,
                new SignalInput(kind, DateOnly.FromDateTime(now - ago), workers, description, null)), ct));
        }

        Task<Outcome<WarningCaseDto>> Report(WarningCaseDto c, ReportRecipient to, DateTime at) =>
            report.HandleAsync(c.Id, new ReportWarningCase.Request(to, at, to == ReportRecipient.DistrictFederation ? "区总工会法律工作部" : "区人力资源和社会保障局劳动关系科", null, null), ct);

        // Level I: reported to the District Federation in three hours, the labour department not yet — overdue.
        var incident = await Open("CY-FW", 0, "职工聚集讨要加班费", SignalKind.CollectiveIncident, 120, "约120名职工在厂区聚集，要求补发近三个月加班费。", TimeSpan.FromHours(30));
        Require(await Report(incident, ReportRecipient.DistrictFederation, incident.OpenedAt.AddHours(3)));

        // Level II: a bankruptcy nobody has reported yet — overdue.
        await Open("CY-ZZ", 0, "企业申请破产清算", SignalKind.Bankruptcy, 40, "企业已向法院申请破产清算，40名职工工资及经济补偿待落实。", TimeSpan.FromHours(50));

        // Level III: a layoff that L7 covers, announced with its 30 days' notice; still within the reporting time.
        var (laying, _, _) = Under("CY-GX", 0);
        Require(await layoff.HandleAsync(new RecordLayoff.Request(laying, 25, 250, today.AddDays(-20), today.AddDays(10), null), ct));

        // Level IV: wage arrears, reported, mediated in part.
        var arrears = await Open("CY-WC", 0, "拖欠部分职工工资", SignalKind.WageArrears, 6, "6名职工反映两个月工资未按时发放。", TimeSpan.FromDays(2));
        Require(await Report(arrears, ReportRecipient.DistrictFederation, arrears.OpenedAt.AddHours(20)));
        Require(await Report(arrears, ReportRecipient.LabourDepartment, arrears.OpenedAt.AddHours(26)));
        Require(await mediate.HandleAsync(arrears.Id, new RecordMediation.Request(today, "区劳动争议调解中心", "企业方、6名职工", MediationOutcome.Partial, "企业承诺月底前补发一个月工资。", null), ct));

        // Closed: a relocation settled by agreement.
        var relocation = await Open("CY-FW", 1, "门店搬迁涉及职工安置", SignalKind.Relocation, 30, "门店搬迁至通州，30名职工通勤安置待协商。", TimeSpan.FromDays(40));
        Require(await Report(relocation, ReportRecipient.DistrictFederation, relocation.OpenedAt.AddHours(30)));
        Require(await Report(relocation, ReportRecipient.LabourDepartment, relocation.OpenedAt.AddHours(40)));
        Require(await mediate.HandleAsync(relocation.Id, new RecordMediation.Request(today.AddDays(-30), "行业工会调解委员会", "企业方、职工代表", MediationOutcome.Agreement, "企业提供班车并发放交通补贴。", null), ct));
        Require(await close.HandleAsync(relocation.Id, new CloseWarningCase.Request(today.AddDays(-28), MediationOutcome.Agreement, "达成安置协议，职工全部留用；跟踪班车运行三个月。", null), ct));
        return 5;
    }

    private static T Require<T>(Outcome<T> outcome) => SeedDemo.Require(outcome, "mechanisms");
}
