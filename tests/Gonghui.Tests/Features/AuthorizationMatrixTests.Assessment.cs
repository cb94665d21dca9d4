using Gonghui.Features.Assessment;
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

    /// <summary>A past year no one has closed (the matrix closes years long gone, which no other test reads).</summary>
    private static Task<int> OpenMatrixYearAsync(GonghuiApp app) => app.DbAsync(async db =>
    {
        var closed = await db.Set<ClosedYear>().Select(c => c.Year).ToListAsync();
        return Enumerable.Range(2001, 20).First(y => !closed.Contains(y));
    });

    /// <summary>A long-gone year closed for the reopening case, with its version.</summary>
    private static async Task<(int Year, long Version)> ClosedMatrixYearAsync(GonghuiApp app)
    {
        var year = await OpenMatrixYearAsync(app);
        return await app.DbAsync(async db =>
        {
            var closed = new ClosedYear { Year = year, ClosedAt = DateTime.UtcNow, ClosedBy = "matrix" };
            db.Add(closed);
            await db.SaveChangesAsync();
            return (year, closed.Version);
        });
    }

    private static readonly object[] ManualItem = [new { title = "矩阵工作项目", owner = "办公室", dueOn = "2025-12-31", weight = 10, indicator = "manual" }];

    /// <summary>A draft plan for 2025 of a fresh union under <paramref name="parentCode"/> (one plan per union and year), self-assessed when asked.</summary>
    private static async Task<long> FreshAnnualPlanAsync(GonghuiApp app, string parentCode, bool selfAssessed = false)
    {
        var union = await FreshUnionAsync(app, parentCode, "plan");
        return await app.InScopeAsync(async sp =>
        {
            var plan = (await sp.GetRequiredService<CreateAnnualPlan>().HandleAsync(new AnnualPlanInput(union.Id, 2025,
                [new PlanItemInput(null, "矩阵工作项目", "办公室", new DateOnly(2025, 12, 31), 10, IndicatorKind.Manual, null, null, null)], null), CancellationToken.None)).Value!;
            if (selfAssessed)
            {
                await sp.GetRequiredService<SelfAssessAnnualPlan>().HandleAsync(plan.Id, new ScoresInput([new ItemScoreInput(plan.Items[0].Id, 80, null)], plan.Version), CancellationToken.None);
            }

            return plan.Id;
        });
    }

    private static Task<long> PlanVersionAsync(GonghuiApp app, long id) => app.DbAsync(db => db.Set<AnnualPlan>().Where(p => p.Id == id).Select(p => p.Version).FirstAsync());

    private static async Task<object> PlanScoresAsync(GonghuiApp app, long id)
    {
        var item = await app.DbAsync(db => db.Set<PlanItem>().Where(i => i.PlanId == id).Select(i => i.Id).FirstAsync());
        return new { items = new[] { new { id = item, score = 70, note = "矩阵" } }, version = await PlanVersionAsync(app, id) };
    }

    private static IEnumerable<Case> AssessmentCases()
    {
        const string Sessions = "/api/v1/leadership-sessions", Compliance = "/api/v1/compliance", Settings = "/api/v1/settings";
        yield return new("list leadership sessions", $"GET {Sessions}", (_, _) => Task.FromResult(Get($"{Sessions}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export leadership sessions", $"GET {Sessions}/export", (_, _) => Task.FromResult(Get($"{Sessions}/export?year=2025&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("record leadership session", $"POST {Sessions}", async (a, _) => Send(HttpMethod.Post, Sessions, new
        {
            kind = "leadership-hearing", heldOn = "2025-03-18", title = "矩阵听取汇报", topics = "工作汇报", unionIds = new[] { await a.UnionIdAsync("CY-GX") },
        }), Created, Created, Forbidden, Forbidden, Forbidden);
        yield return new("officer postings of the year", "GET /api/v1/officers/postings", (_, _) => Task.FromResult(Get("/api/v1/officers/postings?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("compliance", $"GET {Compliance}", (_, _) => Task.FromResult(Get($"{Compliance}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export compliance", $"GET {Compliance}/export", (_, _) => Task.FromResult(Get($"{Compliance}/export?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("list settings", $"GET {Settings}", (_, _) => Task.FromResult(Get(Settings)), OK, OK, OK, OK, Forbidden);
        yield return new("set setting", $"PUT {Settings}", async (a, _) => Send(HttpMethod.Put, Settings, new { key = MatrixSetting, value = "90", version = await SettingVersionAsync(a) }),
            OK, Forbidden, Forbidden, Forbidden, Forbidden);
        yield return new("reset setting", $"DELETE {Settings}", async (a, _) => Send(HttpMethod.Delete, $"{Settings}?key={MatrixSetting}&version={await SettingVersionAsync(a)}"),
            OK, Forbidden, Forbidden, Forbidden, Forbidden);
        const string Closed = "/api/v1/closed-years";
        yield return new("list closed years", $"GET {Closed}", (_, _) => Task.FromResult(Get(Closed)), OK, OK, OK, OK, Forbidden);
        yield return new("close a year", $"POST {Closed}", async (a, _) => Send(HttpMethod.Post, Closed, new { year = await OpenMatrixYearAsync(a) }),
            Created, Forbidden, Forbidden, Forbidden, Forbidden);
        yield return new("reopen a year", $"DELETE {Closed}/{{year:int}}", async (a, _) =>
        {
            var (year, version) = await ClosedMatrixYearAsync(a);
            return Send(HttpMethod.Delete, $"{Closed}/{year}?version={version}");
        }, NoContent, Forbidden, Forbidden, Forbidden, Forbidden);
        const string Plans = "/api/v1/annual-plans", Report = "/api/v1/annual-report";
        yield return new("annual report", $"GET {Report}", (_, _) => Task.FromResult(Get($"{Report}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export annual report outside", $"GET {Report}/export", async (a, _) => Get($"{Report}/export?year=2025&unionId={await a.UnionIdAsync("CY-JY")}"), OK, OK, NotFound, NotFound, Forbidden);
        yield return new("list annual plans", $"GET {Plans}", (_, _) => Task.FromResult(Get($"{Plans}?year=2025")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var read = union == "CY-GX" ? OK : NotFound;
            var write = union == "CY-GX" ? OK : Forbidden;
            yield return new($"create annual plan {where}", $"POST {Plans}", async (a, r) => Send(HttpMethod.Post, Plans, new { unionId = (await FreshUnionAsync(a, union, r)).Id, year = 2025, items = ManualItem }),
                Created, Created, union == "CY-GX" ? Created : Forbidden, union == "CY-GX" ? Created : Forbidden, Forbidden);
            yield return new($"read annual plan {where}", $"GET {Plans}/{{id:long}}", async (a, _) => Get($"{Plans}/{await FreshAnnualPlanAsync(a, union)}"), OK, OK, read, read, Forbidden);
            yield return new($"edit annual plan {where}", $"PUT {Plans}/{{id:long}}", async (a, _) =>
            {
                var id = await FreshAnnualPlanAsync(a, union);
                return Send(HttpMethod.Put, $"{Plans}/{id}", new { items = ManualItem, version = await PlanVersionAsync(a, id) });
            }, OK, OK, write, write, Forbidden);
            yield return new($"self-assess annual plan {where}", $"POST {Plans}/{{id:long}}/self-assessment", async (a, _) =>
            {
                var id = await FreshAnnualPlanAsync(a, union);
                return Send(HttpMethod.Post, $"{Plans}/{id}/self-assessment", await PlanScoresAsync(a, id));
            }, OK, OK, write, write, Forbidden);
            yield return new($"score annual plan {where}", $"POST {Plans}/{{id:long}}/scoring", async (a, _) =>
            {
                var id = await FreshAnnualPlanAsync(a, union, selfAssessed: true);
                return Send(HttpMethod.Post, $"{Plans}/{id}/scoring", await PlanScoresAsync(a, id));
            }, OK, OK, Forbidden, Forbidden, Forbidden);
            yield return new($"delete annual plan {where}", $"DELETE {Plans}/{{id:long}}", async (a, _) =>
            {
                var id = await FreshAnnualPlanAsync(a, union);
                return Send(HttpMethod.Delete, $"{Plans}/{id}?version={await PlanVersionAsync(a, id)}");
            }, NoContent, NoContent, union == "CY-GX" ? NoContent : Forbidden, union == "CY-GX" ? NoContent : Forbidden, Forbidden);
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
