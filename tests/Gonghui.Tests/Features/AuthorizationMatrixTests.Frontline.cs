using Gonghui.Features.Stations;
using Gonghui.Features.WorkersHomes;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Service stations and Workers' Homes (issue 17): inside is the high-technology union (CY-GX) or a fresh union under it, outside education (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static async Task<StationInput> StationBodyAsync(GonghuiApp app, string unionCode) =>
        new(await app.UnionIdAsync(unionCode), "矩阵服务站", StationKind.Community, "矩阵地址", "9:00-17:00", 1, "法律咨询", true, new DateOnly(2024, 1, 1), null, 1);

    private static async Task<long> FreshStationAsync(GonghuiApp app, string unionCode)
    {
        var body = await StationBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<OpenStation>().HandleAsync(body, CancellationToken.None)).Value!.Id);
    }

    private static async Task<WorkersHomeInput> HomeBodyAsync(GonghuiApp app, string parentCode) =>
        new((await FreshUnionAsync(app, parentCode, "home")).Id, HomeKind.Home, "矩阵职工之家", new DateOnly(2024, 1, 1), true, "", 1);

    /// <summary>A home with a title of 2024.</summary>
    private static async Task<WorkersHomeDto> FreshHomeAsync(GonghuiApp app, string parentCode)
    {
        var body = await HomeBodyAsync(app, parentCode);
        return await app.InScopeAsync(async sp =>
        {
            var home = (await sp.GetRequiredService<BuildWorkersHome>().HandleAsync(body, CancellationToken.None)).Value!;
            return (await sp.GetRequiredService<CommendWorkersHome>().HandleAsync(home.Id, new HomeTitleInput(HomeTitleLevel.Advanced, 2024, "矩阵", home.Version), CancellationToken.None)).Value!;
        });
    }

    private static AwardRoundInput RoundBody => new(2025, HomeTitleLevel.Advanced, $"矩阵评选{Guid.NewGuid():N}"[..16], "标准", 80, new DateOnly(2025, 12, 31), 1);

    private static Task<long> FreshRoundAsync(GonghuiApp app) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<OpenAwardRound>().HandleAsync(RoundBody, CancellationToken.None)).Value!.Id);

    /// <summary>A fresh home under <paramref name="parentCode"/> nominated in a fresh round, scored when asked.</summary>
    private static async Task<(long Round, NominationDto Nomination)> FreshNominationAsync(GonghuiApp app, string parentCode, bool scored)
    {
        var home = await FreshHomeAsync(app, parentCode);
        var round = await FreshRoundAsync(app);
        return await app.InScopeAsync(async sp =>
        {
            var dto = (await sp.GetRequiredService<NominateHome>().HandleAsync(round, new NominationInput(home.Id, new DateOnly(2025, 6, 1), "矩阵事迹"), CancellationToken.None)).Value!;
            if (scored)
            {
                dto = (await sp.GetRequiredService<ScoreNomination>().HandleAsync(round, dto.Nominations[0].Id, new NominationScoreInput(90, dto.Nominations[0].Version), CancellationToken.None)).Value!;
            }

            return (round, dto.Nominations[0]);
        });
    }

    private static IEnumerable<Case> FrontlineCases()
    {
        const string Rounds = "/api/v1/award-rounds";
        yield return new("list award rounds", $"GET {Rounds}", (_, _) => Task.FromResult(Get($"{Rounds}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export award rounds", $"GET {Rounds}/export", (_, _) => Task.FromResult(Get($"{Rounds}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("read award round", $"GET {Rounds}/{{id:long}}", async (a, _) => Get($"{Rounds}/{await FreshRoundAsync(a)}"), OK, OK, OK, OK, Forbidden);
        yield return new("open award round", $"POST {Rounds}", (_, _) => Task.FromResult(Send(HttpMethod.Post, Rounds, RoundBody)), Created, Created, Forbidden, Forbidden, Forbidden);
        yield return new("edit award round", $"PUT {Rounds}/{{id:long}}", async (a, _) => Send(HttpMethod.Put, $"{Rounds}/{await FreshRoundAsync(a)}", RoundBody with { PassScore = 85 }),
            OK, OK, Forbidden, Forbidden, Forbidden);
        yield return new("delete award round", $"DELETE {Rounds}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Rounds}/{await FreshRoundAsync(a)}"), NoContent, NoContent, Forbidden, Forbidden, Forbidden);
        yield return new("score nomination", $"POST {Rounds}/{{id:long}}/nominations/{{nominationId:long}}/score", async (a, _) =>
            {
                var (round, n) = await FreshNominationAsync(a, "CY-GX", scored: false);
                return Send(HttpMethod.Post, $"{Rounds}/{round}/nominations/{n.Id}/score", new NominationScoreInput(88, n.Version));
            },
            OK, OK, Forbidden, Forbidden, Forbidden);
        yield return new("decide nomination", $"POST {Rounds}/{{id:long}}/nominations/{{nominationId:long}}/decide", async (a, _) =>
            {
                var (round, n) = await FreshNominationAsync(a, "CY-GX", scored: true);
                return Send(HttpMethod.Post, $"{Rounds}/{round}/nominations/{n.Id}/decide", new NominationDecisionInput(true, new DateOnly(2025, 7, 1), "矩阵", n.Version));
            },
            OK, OK, Forbidden, Forbidden, Forbidden);
        const string Stations = "/api/v1/service-stations";
        const string Homes = "/api/v1/workers-homes";
        yield return new("list service stations", $"GET {Stations}", (_, _) => Task.FromResult(Get($"{Stations}?year=2025&open=true")), OK, OK, OK, OK, Forbidden);
        yield return new("export service stations", $"GET {Stations}/export", (_, _) => Task.FromResult(Get($"{Stations}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("list workers homes", $"GET {Homes}", (_, _) => Task.FromResult(Get($"{Homes}?titled=true")), OK, OK, OK, OK, Forbidden);
        yield return new("export workers homes", $"GET {Homes}/export", (_, _) => Task.FromResult(Get($"{Homes}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = union == "CY-GX";
            var (ok, created, noContent, read) = (inside ? OK : Forbidden, inside ? Created : Forbidden, inside ? NoContent : Forbidden, inside ? OK : NotFound);
            yield return new($"read service station {where}", $"GET {Stations}/{{id:long}}", async (a, _) => Get($"{Stations}/{await FreshStationAsync(a, union)}"), OK, OK, read, read, Forbidden);
            yield return new($"open service station {where}", $"POST {Stations}", async (a, _) => Send(HttpMethod.Post, Stations, await StationBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            yield return new($"edit service station {where}", $"PUT {Stations}/{{id:long}}", async (a, _) =>
                    Send(HttpMethod.Put, $"{Stations}/{await FreshStationAsync(a, union)}", await StationBodyAsync(a, union) with { Name = "矩阵服务站（更正）" }), OK, OK, ok, ok, Forbidden);
            yield return new($"score service station {where}", $"POST {Stations}/{{id:long}}/scores", async (a, _) =>
                    Send(HttpMethod.Post, $"{Stations}/{await FreshStationAsync(a, union)}/scores", new StationScoreInput(new DateOnly(2025, 6, 1), [new(StationCheckItem.Sign, 10)], "矩阵", 1)),
                OK, OK, ok, ok, Forbidden);
            yield return new($"delete service station {where}", $"DELETE {Stations}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Stations}/{await FreshStationAsync(a, union)}"),
                NoContent, NoContent, noContent, noContent, Forbidden);

            yield return new($"read workers home {where}", $"GET {Homes}/{{id:long}}", async (a, _) => Get($"{Homes}/{(await FreshHomeAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"build workers home {where}", $"POST {Homes}", async (a, _) => Send(HttpMethod.Post, Homes, await HomeBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            yield return new($"edit workers home {where}", $"PUT {Homes}/{{id:long}}", async (a, _) =>
                {
                    var home = await FreshHomeAsync(a, union);
                    return Send(HttpMethod.Put, $"{Homes}/{home.Id}", new WorkersHomeInput(home.UnionId, HomeKind.SmallHome, "矩阵职工小家", home.BuiltOn, false, "书屋", home.Version));
                },
                OK, OK, ok, ok, Forbidden);
            yield return new($"commend workers home {where}", $"POST {Homes}/{{id:long}}/titles", async (a, _) =>
                {
                    var home = await FreshHomeAsync(a, union);
                    return Send(HttpMethod.Post, $"{Homes}/{home.Id}/titles", new HomeTitleInput(HomeTitleLevel.DistrictModel, 2025, "矩阵", home.Version));
                },
                OK, OK, ok, ok, Forbidden);
            yield return new($"revoke home title {where}", $"POST {Homes}/{{id:long}}/titles/{{titleId:long}}/revoke", async (a, _) =>
                {
                    var home = await FreshHomeAsync(a, union);
                    return Send(HttpMethod.Post, $"{Homes}/{home.Id}/titles/{home.Titles[0].Id}/revoke", new HomeTitleRevokeInput(new DateOnly(2025, 3, 1), "复查不合格", home.Version));
                },
                OK, OK, ok, ok, Forbidden);
            yield return new($"nominate home {where}", $"POST {Rounds}/{{id:long}}/nominations", async (a, _) =>
                    Send(HttpMethod.Post, $"{Rounds}/{await FreshRoundAsync(a)}/nominations", new NominationInput((await FreshHomeAsync(a, union)).Id, new DateOnly(2025, 6, 1), "矩阵事迹")),
                Created, Created, created, created, Forbidden);
            yield return new($"delete workers home {where}", $"DELETE {Homes}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Homes}/{(await FreshHomeAsync(a, union)).Id}"),
                NoContent, NoContent, noContent, noContent, Forbidden);
        }
    }
}
