using Gonghui.Features.Congresses;
using Gonghui.Features.Evaluations;
using Gonghui.Features.Members;
using Gonghui.Features.OpenAffairs;
using Gonghui.Features.Representatives;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: members' congresses of the demo district in every state, each at the
/// grassroots union with the most members under an industrial union (the candidates are its members). The committee and
/// chair approved under the high-technology union (the registry's chair changes); a chair elected in a further round
/// waiting for the district at the manufacturing union; a void committee election (more ballots back than issued) under
/// the services union; a result returned with a reason under the healthcare union; an annual session short of its
/// quorum under the education union; the high-technology union's own chair election waiting for the district. Open
/// affairs in full at the high-technology union and in part at the manufacturing union; members' evaluation rounds
/// there too — the high-technology union's over the target, its matters followed up, the manufacturing union's chair
/// under it with a matter still open. Dated from today.
/// </summary>
public sealed class SeedDemoDemocracy(
    GonghuiDbContext db,
    OpenCongressTerm openTerm,
    HoldCongressSession holdSession,
    RecordElection recordElection,
    SubmitElection submit,
    ReviewElection review,
    PublishAffairsNotice publish,
    RecordEvaluation evaluate,
    ElectRepresentative elect,
    EndRepresentative end)
{
    public sealed record Result(int Sessions, int Elections, int Notices, int Evaluations, int Representatives);

    private int sessions;
    private int elections;

    public async Task<Result> HandleAsync(CancellationToken ct)
    {
        var start = new DateOnly(LocalizationSetup.Today.Year - 2, 3, 1);
        await CongressAsync("CY-GX", 0, 8, start, 40, async (session, m) =>
        {
            var committee = await ElectAsync(session, ElectionOffice.CommitteeMember, 7, m[..8], [36, 35, 33, 31, 30, 28, 27, 12], 38, 38, ct);
            await ApproveAsync(committee, ct);
            await ApproveAsync(await ElectAsync(session, ElectionOffice.Chair, 1, m[..1], [37], 38, 38, ct), ct);
        }, ct);
        await CongressAsync("CY-ZZ", null, 2, start.AddMonths(2), 30, async (session, m) =>
        {
            var first = await ElectAsync(session, ElectionOffice.Chair, 1, m[..2], [15, 13], 28, 28, ct);
            var second = Require(await recordElection.HandleAsync(new ElectionInput(session.Id, ElectionOffice.Chair, first.Id, 1, null, 28, 28,
                [new CandidateInput(m[0].Id, 19), new CandidateInput(m[1].Id, 9)], null), ct));
            elections++;
            Require(await submit.HandleAsync(second.Id, new SubmitElection.Request(null), ct));
        }, ct);
        await CongressAsync("CY-FW", 0, 4, start.AddMonths(4), 40, async (session, m) =>
            await ElectAsync(session, ElectionOffice.CommitteeMember, 3, m[..4], [30, 29, 28, 20], 36, 37, ct), ct);
        await CongressAsync("CY-WS", 0, 1, start.AddMonths(1), 30, async (session, m) =>
        {
            var chair = await ElectAsync(session, ElectionOffice.Chair, 1, m[..1], [26], 27, 27, ct);
            var submitted = Require(await submit.HandleAsync(chair.Id, new SubmitElection.Request(null), ct));
            Require(await review.HandleAsync(submitted.Id, false, new ReviewElection.Request("请补充选举办法和计票单后重新报批", null), ct));
        }, ct);
        await CongressAsync("CY-JY", 0, 1, start.AddMonths(3), 30, async (session, m) =>
        {
            // The annual session a year later: 18 of 30 is under two thirds, so it is kept and shown as invalid.
            Require(await holdSession.HandleAsync(new SessionInput(session.TermId, 2, SessionKind.Annual, session.HeldOn.AddYears(1), 30, 18, "部分代表因工作安排未能出席",
                [new AgendaItemInput("年度工会工作报告", 17, 0, 1)], null), ct));
            sessions++;
        }, ct);
        await CongressAsync("CY-GX", 1, 1, start.AddMonths(5), 25, async (session, m) =>
            Require(await submit.HandleAsync((await ElectAsync(session, ElectionOffice.Chair, 1, m[..1], [22], 23, 23, ct)).Id, new SubmitElection.Request(null), ct)), ct);
        await CongressAsync("CY-GX", null, 2, start.AddMonths(6), 120, async (session, m) =>
            Require(await submit.HandleAsync((await ElectAsync(session, ElectionOffice.Chair, 1, m[..2], [88, 21], 112, 112, ct)).Id, new SubmitElection.Request(null), ct)), ct);
        var notices = await PublishAsync(ct);
        var evaluations = await EvaluateAsync(ct);
        return new Result(sessions, elections, notices, evaluations, await RepresentAsync(ct));
    }

    /// <summary>
    /// The high-technology union's congress runs with permanent representatives: ten elected by the enterprises of its
    /// members, too many officers among them (two of nine still serving against a ceiling of a fifth), one resigned and one replaced in
    /// a by-election.
    /// </summary>
    private async Task<int> RepresentAsync(CancellationToken ct)
    {
        var term = await db.Set<CongressTerm>().IgnoreQueryFilters().AsNoTracking().Where(x => x.Union!.Code == "CY-GX" && x.PermanentRepresentatives)
            .Select(x => new { x.Id, x.StartsOn, x.Union!.Path }).FirstOrDefaultAsync(ct);
        if (term is null)
        {
            return 0;
        }

        var members = await db.Set<Member>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Union!.Path.StartsWith(term.Path) && m.Status == MemberStatus.Active && m.EnterpriseId != null)
            .OrderBy(m => m.Id).Take(11).Select(m => new { m.Id, Enterprise = m.Enterprise!.Name }).ToListAsync(ct);
        if (members.Count < 11)
        {
            return 0;
        }

        var elected = new List<RepresentativeDto>();
        for (var i = 0; i < 10; i++)
        {
            elected.Add(Require(await elect.HandleAsync(new RepresentativeInput(term.Id, members[i].Id, members[i].Enterprise, ConstituencyKind.Enterprise, term.StartsOn,
                FrontLine: i < 6, Officer: i >= 6, null, null), ct)));
        }

        var today = LocalizationSetup.Today;
        Require(await end.HandleAsync(elected[9].Id, new RepresentativeEndInput(RepresentativeEnd.Resigned, today.AddDays(-90), "调离本行业，辞去代表职务", elected[9].Version), ct));
        Require(await elect.HandleAsync(new RepresentativeInput(term.Id, members[10].Id, members[8].Enterprise, ConstituencyKind.Enterprise, today.AddDays(-30),
            FrontLine: true, Officer: false, elected[8].Id, null), ct));
        return 11;
    }

    private async Task<int> EvaluateAsync(CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Code == "CY-GX" || u.Code == "CY-ZZ").ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var thisYear = today.AddDays(-Math.Min(45, today.DayOfYear - 1));
        (string Union, EvaluationSubject Subject, DateOnly HeldOn, int Issued, int Satisfied, int Basically, int Dissatisfied, EvaluationIssueInput[] Issues)[] rounds =
        [
            ("CY-GX", EvaluationSubject.Committee, new DateOnly(today.Year - 1, 11, 20), 110, 71, 19, 14, [new("职工书屋开放时间太短", "延长至每晚 21 时，周末开放", new DateOnly(today.Year - 1, 12, 15))]),
            ("CY-GX", EvaluationSubject.Committee, thisYear, 112, 78, 20, 9,
                [new("希望增加心理咨询服务", "与区职工服务中心约定每月一次驻点咨询", thisYear), new("困难帮扶名单公示时间过短", "公示期延长至 15 天", null)]),
            ("CY-ZZ", EvaluationSubject.Chair, thisYear, 96, 41, 24, 25, [new("主席深入车间听取意见不够", "", null)]),
        ];
        var count = 0;
        foreach (var (union, subject, heldOn, issued, satisfied, basically, dissatisfied, issues) in rounds.Where(r => unions.ContainsKey(r.Union)))
        {
            Require(await evaluate.HandleAsync(new EvaluationInput(unions[union], subject, heldOn, issued, satisfied, basically, dissatisfied, "按会员评家办法发放评议票，当场计票。", issues, null), ct));
            count++;
        }

        return count;
    }

    private sealed record Candidate(long Id, string Name);

    private async Task<int> PublishAsync(CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Code == "CY-GX" || u.Code == "CY-ZZ").ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        (string Union, AffairsCategory Category, AffairsChannel Channel, string Title, int DaysAgo)[] items =
        [
            ("CY-GX", AffairsCategory.Finances, AffairsChannel.NoticeBoard, "上年度工会经费收支情况", 200),
            ("CY-GX", AffairsCategory.Elections, AffairsChannel.Online, "工会主席候选人预备人选公示", 120),
            ("CY-GX", AffairsCategory.Resolutions, AffairsChannel.Meeting, "会员代表大会决议落实情况通报", 60),
            ("CY-GX", AffairsCategory.Assistance, AffairsChannel.NoticeBoard, "困难职工帮扶名单公示", 30),
            ("CY-ZZ", AffairsCategory.Finances, AffairsChannel.NoticeBoard, "上半年工会经费使用情况", 90),
        ];
        var count = 0;
        foreach (var (union, category, channel, title, daysAgo) in items.Where(i => unions.ContainsKey(i.Union)))
        {
            var on = today.AddDays(-Math.Min(daysAgo, today.DayOfYear - 1));
            Require(await publish.HandleAsync(new AffairsNoticeInput(unions[union], category, channel, title, "详见公开栏张贴内容。", on, on.AddDays(14), null), ct));
            count++;
        }

        return count;
    }

    /// <summary>
    /// A term opening with an election session, then what <paramref name="elect"/> does there: at the industrial union
    /// itself (<paramref name="rank"/> null) or at its grassroots union with the most members (0), the next (1) …;
    /// skipped when that union has fewer than <paramref name="needed"/> members to stand.
    /// </summary>
    private async Task CongressAsync(string industrial, int? rank, int needed, DateOnly heldOn, int entitled, Func<SessionDto, Candidate[], Task> elect, CancellationToken ct)
    {
        var parent = await db.Unions.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.Code == industrial, ct);
        if (parent is null)
        {
            return;
        }

        var union = rank is int r
            ? await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.ParentId == parent.Id)
                .OrderByDescending(u => db.Set<Member>().IgnoreQueryFilters().Count(m => m.UnionId == u.Id && m.Status == MemberStatus.Active)).ThenBy(u => u.Code)
                .Skip(r).FirstOrDefaultAsync(ct)
            : parent;
        if (union is null)
        {
            return;
        }

        var members = await db.Set<Member>().IgnoreQueryFilters().Where(m => m.Union!.Path.StartsWith(union.Path) && m.Status == MemberStatus.Active)
            .OrderBy(m => m.Id).Take(8).Select(m => new Candidate(m.Id, m.Name)).ToArrayAsync(ct);
        if (members.Length < needed)
        {
            return;
        }

        var term = Require(await openTerm.HandleAsync(new TermInput(union.Id, rank is null ? CongressKind.MembersCongress : CongressKind.MembersAssembly, 3, heldOn, heldOn.AddYears(5).AddDays(-1), rank is null, null), ct));
        var session = Require(await holdSession.HandleAsync(new SessionInput(term.Id, 1, SessionKind.Election, heldOn, entitled, entitled - (entitled / 10),
            "听取和审议上届工会委员会工作报告和经费审查报告，选举产生新一届委员会。",
            [new AgendaItemInput("上届工会委员会工作报告", entitled * 4 / 5, 1, 1), new AgendaItemInput("经费审查委员会工作报告", entitled * 4 / 5, 0, 2)], null), ct));
        sessions++;
        await elect(session, members);
    }

    private async Task<ElectionDto> ElectAsync(SessionDto session, ElectionOffice office, int seats, Candidate[] candidates, int[] votes, int issued, int returned, CancellationToken ct)
    {
        elections++;
        return Require(await recordElection.HandleAsync(new ElectionInput(session.Id, office, null, seats, null, issued, returned,
            candidates.Select((c, i) => new CandidateInput(c.Id, votes[i])).ToList(), null), ct));
    }

    private async Task ApproveAsync(ElectionDto election, CancellationToken ct)
    {
        var submitted = Require(await submit.HandleAsync(election.Id, new SubmitElection.Request(null), ct));
        Require(await review.HandleAsync(submitted.Id, true, new ReviewElection.Request(null, null), ct));
    }

    private static T Require<T>(Outcome<T> outcome) => SeedDemo.Require(outcome, "democracy");
}
