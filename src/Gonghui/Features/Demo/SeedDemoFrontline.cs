using Gonghui.Features.Organisation;
using Gonghui.Features.Stations;
using Gonghui.Features.WorkersHomes;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: the service posts of the demo district in every state — under the
/// high-technology union a park station run as one with its union and standardised, a building station under the
/// threshold and one closed; under the manufacturing union a station not yet scored this year. Workers' Homes at the
/// high-technology union's largest grassroots unions: one run as one with its union and a district model home, one whose
/// advanced title was revoked, one small home. Last year's district round commended the first and declined the small
/// home; this year's round is open with the second nominated again. Dated from today.
/// </summary>
public sealed class SeedDemoFrontline(GonghuiDbContext db, OpenStation open, ScoreStation score, BuildWorkersHome build, CommendWorkersHome commend, RevokeHomeTitle revoke,
    OpenAwardRound openRound, NominateHome nominate, ScoreNomination scoreNomination, DecideNomination decide)
{
    public sealed record Result(int Stations, int Homes, int Rounds);

    public async Task<Result> HandleAsync(CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Code == "CY-GX" || u.Code == "CY-ZZ").ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        if (unions.Count < 2)
        {
            return new Result(0, 0, 0);
        }

        var opened = new DateOnly(today.Year - 3, 4, 1);
        var scoredOn = today.AddDays(-Math.Min(30, today.DayOfYear - 1));
        (string Union, string Name, string Address, StationKind Kind, bool Integrated, int[]? Points, DateOnly? Closed)[] stations =
        [
            ("CY-GX", "望京科技园职工服务站", "朝阳区望京街 10 号", StationKind.IndustrialPark, true, [15, 20, 13, 15, 18, 12], null),
            ("CY-GX", "酒仙桥楼宇职工服务站", "朝阳区酒仙桥路 14 号", StationKind.OfficeBuilding, false, [15, 15, 10, 10, 12, 10], null),
            ("CY-GX", "电子城临时职工服务点", "朝阳区电子城东路 2 号", StationKind.OfficeBuilding, false, null, today.AddDays(-200)),
            ("CY-ZZ", "黑庄户工业园职工服务站", "朝阳区黑庄户乡工业园 6 号", StationKind.IndustrialPark, true, null, null),
        ];
        foreach (var (union, name, address, kind, integrated, points, closed) in stations)
        {
            var station = Require(await open.HandleAsync(new StationInput(unions[union], name, kind, address, "周一至周五 9:00-18:00", 3,
                "法律咨询、心理疏导、技能培训报名、困难帮扶受理", integrated, opened, closed, null), ct));
            if (points is not null)
            {
                Require(await score.HandleAsync(station.Id, new StationScoreInput(scoredOn, Enum.GetValues<StationCheckItem>().Select((item, i) => new StationScoreItemInput(item, points[i])).ToList(),
                    "区总工会年度标准化检查", station.Version), ct));
            }
        }

        var grassroots = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.ParentId == unions["CY-GX"] && u.Kind == UnionKind.GrassrootsUnion)
            .OrderByDescending(u => db.Set<Members.Member>().Count(m => m.UnionId == u.Id)).ThenBy(u => u.Id).Select(u => new { u.Id, u.Name }).Take(3).ToListAsync(ct);
        if (grassroots.Count < 3)
        {
            return new Result(stations.Length, 0, 0);
        }

        var built = new DateOnly(today.Year - 4, 5, 1);
        var model = Require(await build.HandleAsync(new WorkersHomeInput(grassroots[0].Id, HomeKind.Home, $"{grassroots[0].Name}职工之家", built, true, "职工书屋、健身房、母婴室", null), ct));
        var revoked = Require(await build.HandleAsync(new WorkersHomeInput(grassroots[1].Id, HomeKind.Home, $"{grassroots[1].Name}职工之家", built, false, "活动室", null), ct));
        revoked = Require(await commend.HandleAsync(revoked.Id, new HomeTitleInput(HomeTitleLevel.Advanced, today.Year - 2, "朝阳区总工会命名", revoked.Version), ct));
        Require(await revoke.HandleAsync(revoked.Id, revoked.Titles[0].Id, new HomeTitleRevokeInput(today.AddDays(-60), "复查时职工之家活动长期停止", revoked.Version), ct));
        var small = Require(await build.HandleAsync(new WorkersHomeInput(grassroots[2].Id, HomeKind.SmallHome, $"{grassroots[2].Name}研发中心职工小家", built.AddYears(2), false, "休息区、咖啡角", null), ct));

        // Last year's round: the model home commended, the small home declined; this year's round open, one home nominated.
        var last = Require(await openRound.HandleAsync(new AwardRoundInput(today.Year - 1, HomeTitleLevel.DistrictModel, $"{today.Year - 1} 年度朝阳区模范职工之家评选",
            "组织健全、制度完善、活动经常、职工满意；会家合一者优先", 85, new DateOnly(today.Year - 1, 9, 30), null), ct));
        Require(await nominate.HandleAsync(last.Id, new NominationInput(model.Id, new DateOnly(today.Year - 1, 9, 1), "职工书屋、健身房常年开放，职工满意度 95%"), ct));
        Require(await nominate.HandleAsync(last.Id, new NominationInput(small.Id, new DateOnly(today.Year - 1, 9, 2), "研发中心小家建设有特色"), ct));
        foreach (var (home, points, commended) in new[] { (model.Id, 92, true), (small.Id, 78, false) })
        {
            var n = (await db.Set<AwardNomination>().IgnoreQueryFilters().AsNoTracking().FirstAsync(x => x.RoundId == last.Id && x.HomeId == home, ct));
            var scored = Require(await scoreNomination.HandleAsync(last.Id, n.Id, new NominationScoreInput(points, n.Version), ct)).Nominations.Single(x => x.Id == n.Id);
            Require(await decide.HandleAsync(last.Id, n.Id, new NominationDecisionInput(commended, new DateOnly(today.Year - 1, 11, 20), commended ? "区总工会命名" : "活动记录不全，明年再评", scored.Version), ct));
        }

        var current = Require(await openRound.HandleAsync(new AwardRoundInput(today.Year, HomeTitleLevel.Advanced, $"{today.Year} 年度先进职工之家评选", "活动经常、职工满意", 80,
            today.AddDays(20), null), ct));
        Require(await nominate.HandleAsync(current.Id, new NominationInput(revoked.Id, today.AddDays(-3), "整改后恢复活动，职工之家每周开放"), ct));
        return new Result(stations.Length, 3, 2);
    }

    private static T Require<T>(Outcome<T> outcome) => SeedDemo.Require(outcome, "frontline");
}
