using Gonghui.Features.OpenAffairs;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Open union affairs (issue 17): inside is the high-technology union (CY-GX), outside the education union (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static async Task<AffairsNoticeInput> NoticeBodyAsync(GonghuiApp app, string unionCode) =>
        new(await app.UnionIdAsync(unionCode), AffairsCategory.Finances, AffairsChannel.NoticeBoard, "矩阵公开事项", null, new DateOnly(2025, 3, 1), null, 1);

    private static async Task<long> FreshNoticeAsync(GonghuiApp app, string unionCode)
    {
        var body = await NoticeBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<PublishAffairsNotice>().HandleAsync(body, CancellationToken.None)).Value!.Id);
    }

    private static IEnumerable<Case> OpenAffairsCases()
    {
        const string Notices = "/api/v1/affairs-notices";
        yield return new("list open-affairs items", $"GET {Notices}", (_, _) => Task.FromResult(Get($"{Notices}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export open-affairs items", $"GET {Notices}/export", (_, _) => Task.FromResult(Get($"{Notices}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("open affairs by union", $"GET {Notices}/by-union", (_, _) => Task.FromResult(Get($"{Notices}/by-union?year=2025")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = union == "CY-GX";
            yield return new($"read open-affairs item {where}", $"GET {Notices}/{{id:long}}", async (a, _) => Get($"{Notices}/{await FreshNoticeAsync(a, union)}"), OK, OK, inside ? OK : NotFound, inside ? OK : NotFound, Forbidden);
            yield return new($"publish open-affairs item {where}", $"POST {Notices}", async (a, _) => Send(HttpMethod.Post, Notices, await NoticeBodyAsync(a, union)), Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
            yield return new($"edit open-affairs item {where}", $"PUT {Notices}/{{id:long}}", async (a, _) => Send(HttpMethod.Put, $"{Notices}/{await FreshNoticeAsync(a, union)}", await NoticeBodyAsync(a, union)),
                OK, OK, inside ? OK : Forbidden, inside ? OK : Forbidden, Forbidden);
            yield return new($"delete open-affairs item {where}", $"DELETE {Notices}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Notices}/{await FreshNoticeAsync(a, union)}"),
                NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
        }
    }
}
