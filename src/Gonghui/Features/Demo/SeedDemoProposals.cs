using Gonghui.Features.Congresses;
using Gonghui.Features.Representatives;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>, after <see cref="SeedDemoDemocracy"/>: the high-technology union's
/// permanent representatives' proposals in every state — one answered in time to the proposers' satisfaction; one
/// answered late, rated unsatisfied, reopened and then answered in time; one answered late and rated unsatisfied, not
/// yet reopened; one overdue; one assigned and not yet due; one answered waiting for its rating; one waiting for the
/// proposals committee. Dated from today.
/// </summary>
public sealed class SeedDemoProposals(GonghuiDbContext db, SubmitProposal submit, ReviewProposal review, AnswerProposal answer, RateProposal rate, ReopenProposal reopen)
{
    private sealed record Plan(string Title, ProposalCategory Category, int Submitted, ProposalKind? Kind = null, AssigneeKind Assignee = AssigneeKind.Management,
        string Office = "人力资源部", int? Answered = null, ProposalRating? Rating = null, int? Reopened = null, int? AnsweredAgain = null, ProposalRating? RatedAgain = null);

    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var term = await db.Set<CongressTerm>().IgnoreQueryFilters().AsNoTracking().Where(x => x.Union!.Code == "CY-GX" && x.PermanentRepresentatives).Select(x => x.Id).FirstOrDefaultAsync(ct);
        var serving = await db.Set<Representative>().IgnoreQueryFilters().AsNoTracking().Where(r => r.TermId == term && r.EndedOn == null && r.ElectedOn <= today.AddDays(-200))
            .OrderBy(r => r.Id).Select(r => r.Id).Take(6).ToListAsync(ct);
        if (serving.Count < 6)
        {
            return 0;
        }

        // Days before today; each assignment is due 30 days after it (the district's default).
        Plan[] plans =
        [
            new("食堂增加夜班供餐", ProposalCategory.Welfare, 200, ProposalKind.Suggestion, AssigneeKind.Management, "行政后勤部", 170, ProposalRating.Satisfied),
            new("提高高温津贴标准", ProposalCategory.Wages, 150, ProposalKind.Proposal, AssigneeKind.Management, "人力资源部", 110, ProposalRating.Dissatisfied, 98, 70, ProposalRating.BasicallySatisfied),
            new("研发人员加班调休落实", ProposalCategory.WorkingHours, 120, ProposalKind.Proposal, AssigneeKind.Management, "人力资源部", 80, ProposalRating.Dissatisfied),
            new("机房噪声防护", ProposalCategory.SafetyHealth, 60, ProposalKind.Proposal, AssigneeKind.Management, "安全环保部"),
            new("开设职工技能提升夜校", ProposalCategory.Training, 20, ProposalKind.Suggestion, AssigneeKind.UnionOffice, "工会宣教部"),
            new("会员服务信息公开到班组", ProposalCategory.UnionWork, 40, ProposalKind.Suggestion, AssigneeKind.UnionOffice, "工会办公室", 10),
            new("园区通勤班车增加线路", ProposalCategory.Welfare, 5),
        ];
        for (var i = 0; i < plans.Length; i++)
        {
            var p = plans[i];
            DateOnly Day(int daysAgo) => today.AddDays(-daysAgo);
            var dto = Require(await submit.HandleAsync(new ProposalInput(term, null, ProposalKind.Proposal, p.Category, p.Title, $"{p.Title}：代表在调研中收集到职工的普遍意见，建议尽快研究解决。",
                Day(p.Submitted), [serving[i % 6], serving[(i + 1) % 6]], null), ct));
            if (p.Kind is not { } kind)
            {
                continue;
            }

            dto = Require(await review.HandleAsync(dto.Id, new ProposalReviewInput(kind, Day(p.Submitted - 2), p.Assignee, p.Office, null, dto.Version), ct));
            if (p.Answered is not int answered)
            {
                continue;
            }

            dto = Require(await answer.HandleAsync(dto.Id, new ProposalAnswerInput(Day(answered), $"{p.Office}已研究，拟分步落实。", dto.Version), ct));
            if (p.Rating is not { } rating)
            {
                continue;
            }

            dto = Require(await rate.HandleAsync(dto.Id, new ProposalRatingInput(rating, Day(answered - 5), dto.Version), ct));
            if (p.Reopened is int reopened && p.AnsweredAgain is int again && p.RatedAgain is { } ratedAgain)
            {
                dto = Require(await reopen.HandleAsync(dto.Id, new ProposalReopenInput(Day(reopened), "答复没有具体标准和时间表", null, null, null, dto.Version), ct));
                dto = Require(await answer.HandleAsync(dto.Id, new ProposalAnswerInput(Day(again), "高温津贴自 7 月起按每人每月 300 元发放，写入工资专项集体合同。", dto.Version), ct));
                Require(await rate.HandleAsync(dto.Id, new ProposalRatingInput(ratedAgain, Day(again - 3), dto.Version), ct));
            }
        }

        return plans.Length;
    }

    private static T Require<T>(Outcome<T> outcome) => SeedDemo.Require(outcome, "proposals");
}
