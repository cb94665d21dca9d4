using Gonghui.Features.Leadership;
using Gonghui.Infrastructure.Settings;
using Gonghui.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Assessment, the Party group's sessions and the district settings: inside is the high-technology union (CY-GX), outside the education union (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    /// <summary>A hearing of the union's work report in 2025.</summary>
    private static async Task<LeadershipSessionDto> FreshHearingAsync(GonghuiApp app, string unionCode)
    {
        var union = await app.UnionIdAsync(unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<RecordLeadershipSession>().HandleAsync(
            new LeadershipSessionInput(LeadershipSessionKind.LeadershipHearing, new DateOnly(2025, 3, 18), "矩阵听取汇报", "工作汇报", null, [union], null), CancellationToken.None)).Value!);
    }

    /// <summary>A setting set to its default (so the matrix changes nothing that other tests read), and its row's version.</summary>
    private const string MatrixSetting = "Bargaining:ExpiryReminderDays";

    private static Task<long?> SettingVersionAsync(GonghuiApp app) =>
        app.DbAsync(db => db.Set<DistrictSetting>().Where(s => s.Key == MatrixSetting).Select(s => (long?)s.Version).FirstOrDefaultAsync());

    private static IEnumerable<Case> AssessmentCases()
    {
        const string Sessions = "/api/v1/leadership-sessions", Compliance = "/api/v1/compliance", Settings = "/api/v1/settings";
        yield return new("list leadership sessions", $"GET {Sessions}", (_, _) => Task.FromResult(Get($"{Sessions}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("record leadership session", $"POST {Sessions}", async (a, _) => Send(HttpMethod.Post, Sessions, new
        {
            kind = "leadership-hearing", heldOn = "2025-03-18", title = "矩阵听取汇报", topics = "工作汇报", unionIds = new[] { await a.UnionIdAsync("CY-GX") },
        }), Created, Created, Forbidden, Forbidden, Forbidden);
        yield return new("compliance", $"GET {Compliance}", (_, _) => Task.FromResult(Get($"{Compliance}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export compliance", $"GET {Compliance}/export", (_, _) => Task.FromResult(Get($"{Compliance}/export?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("list settings", $"GET {Settings}", (_, _) => Task.FromResult(Get(Settings)), OK, OK, OK, OK, Forbidden);
        yield return new("set setting", $"PUT {Settings}", async (a, _) => Send(HttpMethod.Put, Settings, new { key = MatrixSetting, value = "90", version = await SettingVersionAsync(a) }),
            OK, Forbidden, Forbidden, Forbidden, Forbidden);
        yield return new("reset setting", $"DELETE {Settings}", async (a, _) => Send(HttpMethod.Delete, $"{Settings}?key={MatrixSetting}&version={await SettingVersionAsync(a)}"),
            OK, Forbidden, Forbidden, Forbidden, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var read = union == "CY-GX" ? OK : NotFound;
            yield return new($"read leadership session {where}", $"GET {Sessions}/{{id:long}}", async (a, _) => Get($"{Sessions}/{(await FreshHearingAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"edit leadership session {where}", $"PUT {Sessions}/{{id:long}}", async (a, _) =>
            {
                var s = await FreshHearingAsync(a, union);
                return Send(HttpMethod.Put, $"{Sessions}/{s.Id}", new { kind = "leadership-hearing", heldOn = "2025-03-19", title = "改", topics = "工作汇报", unionIds = s.Unions.Select(u => u.Id), version = s.Version });
            }, OK, OK, Forbidden, Forbidden, Forbidden);
            yield return new($"delete leadership session {where}", $"DELETE {Sessions}/{{id:long}}", async (a, _) =>
            {
                var s = await FreshHearingAsync(a, union);
                return Send(HttpMethod.Delete, $"{Sessions}/{s.Id}?version={s.Version}");
            }, NoContent, NoContent, Forbidden, Forbidden, Forbidden);
            yield return new($"compliance trend {where}", $"GET {Compliance}/trend", async (a, _) => Get($"{Compliance}/trend?unionId={await a.UnionIdAsync(union)}&years=2"), OK, OK, read, read, Forbidden);
        }
    }
}
