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

    private static IEnumerable<Case> FrontlineCases()
    {
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
            yield return new($"delete workers home {where}", $"DELETE {Homes}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Homes}/{(await FreshHomeAsync(a, union)).Id}"),
                NoContent, NoContent, noContent, noContent, Forbidden);
        }
    }
}
