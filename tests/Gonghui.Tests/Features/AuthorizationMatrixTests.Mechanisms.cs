using Gonghui.Features.DecisionMeetings;
using Gonghui.Features.InfoReports;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WorkforceReports;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>The working mechanisms' endpoints: inside is under the high-technology union (CY-GX), outside under the education union (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static readonly object ReportFigures = WorkforceReportTests.Figures(100, 6000m);

    /// <summary>A draft report of a fresh union under <paramref name="parentCode"/> (one report per union and quarter).</summary>
    private static async Task<WorkforceReportDto> FreshWorkforceReportAsync(GonghuiApp app, string parentCode)
    {
        var union = await FreshUnionAsync(app, parentCode, "report");
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<CreateWorkforceReport>().HandleAsync(
            new WorkforceReportInput(union.Id, 2025, 1, new WorkforceFigures { WorkersAtEnd = 10 }, null, null, null), CancellationToken.None)).Value!);
    }

    /// <summary>An open level-IV case of the union, reported to both recipients when asked (so that it may close).</summary>
    private static async Task<long> FreshWarningCaseAsync(GonghuiApp app, string unionCode, bool reported = false)
    {
        var unionId = await app.UnionIdAsync(unionCode);
        return await app.InScopeAsync(async sp =>
        {
            var id = (await sp.GetRequiredService<OpenWarningCase>().HandleAsync(new(unionId, null, "矩阵预警", null, null,
                new SignalInput(SignalKind.Other, new DateOnly(2025, 6, 1), 3, "矩阵信号", null)), CancellationToken.None)).Value!.Id;
            if (reported)
            {
                foreach (var recipient in Enum.GetValues<ReportRecipient>())
                {
                    await sp.GetRequiredService<ReportWarningCase>().HandleAsync(id, new(recipient, null, "接收人", null, null), CancellationToken.None);
                }
            }

            return id;
        });
    }

    private static async Task<JointMeetingInput> JointMeetingBodyAsync(GonghuiApp app, string unionCode) =>
        new(await app.UnionIdAsync(unionCode), JointMeetingKind.JointMeeting, new DateOnly(2025, 5, 1), "矩阵联席会议", [MeetingTopic.Other], null,
            [new ParticipantInput(ParticipantKind.GovernmentDepartment, "区人社局")], 1);

    private static async Task<JointMeetingDto> FreshJointMeetingAsync(GonghuiApp app, string unionCode, bool withResolution = false)
    {
        var body = await JointMeetingBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp =>
        {
            var meeting = (await sp.GetRequiredService<RecordJointMeeting>().HandleAsync(body, CancellationToken.None)).Value!;
            return withResolution
                ? (await sp.GetRequiredService<AddResolution>().HandleAsync(meeting.Id, new ResolutionInput("落实", "区人社局", new DateOnly(2025, 6, 1), null, null, null, null), CancellationToken.None)).Value!
                : meeting;
        });
    }

    private static async Task<DecisionMeetingInput> DecisionMeetingBodyAsync(GonghuiApp app, string unionCode) =>
        new(await app.UnionIdAsync(unionCode), DecisionMeetingKind.Committee, new DateOnly(2025, 5, 1), "矩阵委员会议", "委员", "议程", null, 1);

    private static async Task<long> FreshDecisionMeetingAsync(GonghuiApp app, string unionCode)
    {
        var body = await DecisionMeetingBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<RecordDecisionMeeting>().HandleAsync(body, CancellationToken.None)).Value!.Id);
    }

    private static async Task<DecisionResearchInput> ResearchBodyAsync(GonghuiApp app, string unionCode) =>
        new(await app.UnionIdAsync(unionCode), "矩阵调研", new DateOnly(2025, 4, 1), "走访", "结论", null, 1);

    private static async Task<long> FreshResearchAsync(GonghuiApp app, string unionCode)
    {
        var body = await ResearchBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<RecordDecisionResearch>().HandleAsync(body, CancellationToken.None)).Value!.Id);
    }

    /// <summary>A report sent up by a grassroots union (to its industrial union).</summary>
    private static async Task<long> FreshInfoReportAsync(GonghuiApp app, string unionCode)
    {
        var unionId = await app.UnionIdAsync(unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<SubmitInfoReport>().HandleAsync(
            new(unionId, "矩阵信息", InfoCategory.WorkNews, "正文"), CancellationToken.None)).Value!.Id);
    }

    private static IEnumerable<Case> MechanismCases()
    {
        const string Reports = "/api/v1/workforce-reports", Cases = "/api/v1/warning-cases";
        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = union == "CY-GX";
            var read = inside ? OK : NotFound;
            var write = inside ? OK : Forbidden;
            var created = inside ? Created : Forbidden;
            var deleted = inside ? NoContent : Forbidden;
            yield return new($"read workforce report {where}", $"GET {Reports}/{{id:long}}", async (a, _) => Get($"{Reports}/{(await FreshWorkforceReportAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"create workforce report {where}", $"POST {Reports}", async (a, r) => Send(HttpMethod.Post, Reports, new { unionId = (await FreshUnionAsync(a, union, r)).Id, year = 2025, quarter = 1, figures = ReportFigures }),
                Created, Created, created, created, Forbidden);
            yield return new($"edit workforce report {where}", $"PUT {Reports}/{{id:long}}", async (a, _) =>
            {
                var report = await FreshWorkforceReportAsync(a, union);
                return Send(HttpMethod.Put, $"{Reports}/{report.Id}", new { figures = ReportFigures, version = report.Version });
            }, OK, OK, write, write, Forbidden);
            yield return new($"submit workforce report {where}", $"POST {Reports}/{{id:long}}/submission", async (a, _) => Send(HttpMethod.Post, $"{Reports}/{(await FreshWorkforceReportAsync(a, union)).Id}/submission", new { }),
                OK, OK, write, write, Forbidden);
            yield return new($"delete workforce report {where}", $"DELETE {Reports}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Reports}/{(await FreshWorkforceReportAsync(a, union)).Id}"),
                NoContent, NoContent, deleted, deleted, Forbidden);
            yield return new($"workforce roll-up {where}", $"GET {Reports}/roll-up", async (a, _) => Get($"{Reports}/roll-up?unionId={await a.UnionIdAsync(union)}&year=2025&quarter=1"), OK, OK, read, read, Forbidden);
            yield return new($"workforce trend {where}", $"GET {Reports}/trend", async (a, _) => Get($"{Reports}/trend?unionId={await a.UnionIdAsync(union)}"), OK, OK, read, read, Forbidden);

            yield return new($"read warning case {where}", $"GET {Cases}/{{id:long}}", async (a, _) => Get($"{Cases}/{await FreshWarningCaseAsync(a, union)}"), OK, OK, read, read, Forbidden);
            yield return new($"open warning case {where}", $"POST {Cases}", async (a, _) => Send(HttpMethod.Post, Cases, new
            {
                unionId = await a.UnionIdAsync(union), title = "矩阵预警", signal = new { kind = "other", observedOn = "2025-06-01", workersInvolved = 3, description = "矩阵信号" },
            }), Created, Created, created, created, Forbidden);
            yield return new($"record layoff {where}", $"POST {Cases}/layoffs", async (a, _) => Send(HttpMethod.Post, $"{Cases}/layoffs", new
            {
                enterpriseId = await FreshEnterpriseAsync(a, union), laidOff = 25, workforce = 100, noticeGivenOn = "2025-03-01", effectiveOn = "2025-04-01",
            }), Created, Created, created, created, Forbidden);
            yield return new($"add warning signal {where}", $"POST {Cases}/{{id:long}}/signals", async (a, _) => Send(HttpMethod.Post, $"{Cases}/{await FreshWarningCaseAsync(a, union)}/signals", new
            {
                signal = new { kind = "relocation", observedOn = "2025-06-02", workersInvolved = 5, description = "拟搬迁" },
            }), OK, OK, write, write, Forbidden);
            yield return new($"raise warning level {where}", $"POST {Cases}/{{id:long}}/level", async (a, _) => Send(HttpMethod.Post, $"{Cases}/{await FreshWarningCaseAsync(a, union)}/level", new { level = "II", reason = "舆情" }),
                OK, OK, write, write, Forbidden);
            yield return new($"report warning case {where}", $"POST {Cases}/{{id:long}}/reports", async (a, _) => Send(HttpMethod.Post, $"{Cases}/{await FreshWarningCaseAsync(a, union)}/reports", new { recipient = "district-federation", receivedBy = "区总工会" }),
                OK, OK, write, write, Forbidden);
            yield return new($"record mediation {where}", $"POST {Cases}/{{id:long}}/mediations", async (a, _) => Send(HttpMethod.Post, $"{Cases}/{await FreshWarningCaseAsync(a, union)}/mediations", new
            {
                heldOn = Gonghui.Infrastructure.Localization.LocalizationSetup.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), mediator = "调解员", parties = "双方", outcome = "partial",
            }), OK, OK, write, write, Forbidden);
            yield return new($"close warning case {where}", $"POST {Cases}/{{id:long}}/closure", async (a, _) => Send(HttpMethod.Post, $"{Cases}/{await FreshWarningCaseAsync(a, union, reported: true)}/closure", new { outcome = "agreement", reviewNote = "复盘" }),
                OK, OK, write, write, Forbidden);
            yield return new($"delete warning case {where}", $"DELETE {Cases}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Cases}/{await FreshWarningCaseAsync(a, union)}"), NoContent, NoContent, deleted, deleted, Forbidden);
        }

        yield return new("list workforce reports", $"GET {Reports}", (_, _) => Task.FromResult(Get($"{Reports}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export workforce reports", $"GET {Reports}/export", (_, _) => Task.FromResult(Get($"{Reports}/export?year=2025&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("export warning cases", $"GET {Cases}/export", (_, _) => Task.FromResult(Get($"{Cases}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("workforce report matrix", $"GET {Reports}/matrix", (_, _) => Task.FromResult(Get($"{Reports}/matrix?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("list warning cases", $"GET {Cases}", (_, _) => Task.FromResult(Get($"{Cases}?overdue=true")), OK, OK, OK, OK, Forbidden);
        yield return new("report signals", $"GET {Cases}/report-signals", (_, _) => Task.FromResult(Get($"{Cases}/report-signals?year=2025")), OK, OK, OK, OK, Forbidden);
        const string Meetings = "/api/v1/joint-meetings", Decisions = "/api/v1/decision-meetings", Research = "/api/v1/decision-research", Info = "/api/v1/info-reports";
        foreach (var (where, union, grassroots) in new[] { ("inside", "CY-GX", "CY-GX-001"), ("outside", "CY-JY", "CY-JY-001") })
        {
            var inside = union == "CY-GX";
            var read = inside ? OK : NotFound;
            var write = inside ? OK : Forbidden;
            var created = inside ? Created : Forbidden;
            var deleted = inside ? NoContent : Forbidden;
            yield return new($"read joint meeting {where}", $"GET {Meetings}/{{id:long}}", async (a, _) => Get($"{Meetings}/{(await FreshJointMeetingAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"record joint meeting {where}", $"POST {Meetings}", async (a, _) => Send(HttpMethod.Post, Meetings, await JointMeetingBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            yield return new($"edit joint meeting {where}", $"PUT {Meetings}/{{id:long}}", async (a, _) => Send(HttpMethod.Put, $"{Meetings}/{(await FreshJointMeetingAsync(a, union)).Id}", await JointMeetingBodyAsync(a, union)),
                OK, OK, write, write, Forbidden);
            yield return new($"delete joint meeting {where}", $"DELETE {Meetings}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Meetings}/{(await FreshJointMeetingAsync(a, union)).Id}"), NoContent, NoContent, deleted, deleted, Forbidden);
            yield return new($"add resolution {where}", $"POST {Meetings}/{{id:long}}/resolutions", async (a, _) => Send(HttpMethod.Post, $"{Meetings}/{(await FreshJointMeetingAsync(a, union)).Id}/resolutions",
                new { text = "落实", owner = "区人社局", dueOn = "2025-06-01" }), Created, Created, created, created, Forbidden);
            yield return new($"update resolution {where}", $"PUT {Meetings}/{{id:long}}/resolutions/{{resolutionId:long}}", async (a, _) =>
            {
                var m = await FreshJointMeetingAsync(a, union, withResolution: true);
                return Send(HttpMethod.Put, $"{Meetings}/{m.Id}/resolutions/{m.Resolutions[0].Id}", new { text = "落实", owner = "区人社局", dueOn = "2025-06-01", status = "done", doneOn = "2025-05-20" });
            }, OK, OK, write, write, Forbidden);
            yield return new($"remove resolution {where}", $"DELETE {Meetings}/{{id:long}}/resolutions/{{resolutionId:long}}", async (a, _) =>
            {
                var m = await FreshJointMeetingAsync(a, union, withResolution: true);
                return Send(HttpMethod.Delete, $"{Meetings}/{m.Id}/resolutions/{m.Resolutions[0].Id}");
            }, OK, OK, write, write, Forbidden);

            yield return new($"read decision meeting {where}", $"GET {Decisions}/{{id:long}}", async (a, _) => Get($"{Decisions}/{await FreshDecisionMeetingAsync(a, union)}"), OK, OK, read, read, Forbidden);
            yield return new($"record decision meeting {where}", $"POST {Decisions}", async (a, _) => Send(HttpMethod.Post, Decisions, await DecisionMeetingBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            yield return new($"edit decision meeting {where}", $"PUT {Decisions}/{{id:long}}", async (a, _) => Send(HttpMethod.Put, $"{Decisions}/{await FreshDecisionMeetingAsync(a, union)}", await DecisionMeetingBodyAsync(a, union)),
                OK, OK, write, write, Forbidden);
            yield return new($"delete decision meeting {where}", $"DELETE {Decisions}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Decisions}/{await FreshDecisionMeetingAsync(a, union)}"), NoContent, NoContent, deleted, deleted, Forbidden);
            yield return new($"record research {where}", $"POST {Research}", async (a, _) => Send(HttpMethod.Post, Research, await ResearchBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            yield return new($"edit research {where}", $"PUT {Research}/{{id:long}}", async (a, _) => Send(HttpMethod.Put, $"{Research}/{await FreshResearchAsync(a, union)}", await ResearchBodyAsync(a, union)),
                OK, OK, write, write, Forbidden);
            yield return new($"delete research {where}", $"DELETE {Research}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Research}/{await FreshResearchAsync(a, union)}"), NoContent, NoContent, deleted, deleted, Forbidden);

            yield return new($"read info report {where}", $"GET {Info}/{{id:long}}", async (a, _) => Get($"{Info}/{await FreshInfoReportAsync(a, grassroots)}"), OK, OK, read, read, Forbidden);
            yield return new($"submit info report {where}", $"POST {Info}", async (a, _) => Send(HttpMethod.Post, Info, new { unionId = await a.UnionIdAsync(grassroots), title = "矩阵信息", category = "problem", body = "正文" }),
                Created, Created, created, created, Forbidden);
            yield return new($"withdraw info report {where}", $"DELETE {Info}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Info}/{await FreshInfoReportAsync(a, grassroots)}"), NoContent, NoContent, deleted, deleted, Forbidden);
            foreach (var (path, body) in new (string, object)[] { ("adoption", new { }), ("return", new { comment = "请补充数据" }), ("forwarding", new { }) })
            {
                yield return new($"info report {path} {where}", $"POST {Info}/{{id:long}}/{path}", async (a, _) => Send(HttpMethod.Post, $"{Info}/{await FreshInfoReportAsync(a, grassroots)}/{path}", body),
                    OK, OK, write, write, Forbidden);
            }
        }

        yield return new("list joint meetings", $"GET {Meetings}", (_, _) => Task.FromResult(Get($"{Meetings}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("joint meetings by union", $"GET {Meetings}/by-union", (_, _) => Task.FromResult(Get($"{Meetings}/by-union?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("list decision meetings", $"GET {Decisions}", (_, _) => Task.FromResult(Get($"{Decisions}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("list research", $"GET {Research}", (_, _) => Task.FromResult(Get($"{Research}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("list info reports", $"GET {Info}", (_, _) => Task.FromResult(Get($"{Info}?box=received")), OK, OK, OK, OK, Forbidden);
        yield return new("export joint meetings", $"GET {Meetings}/export", (_, _) => Task.FromResult(Get($"{Meetings}/export?year=2025&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("export decision meetings", $"GET {Decisions}/export", (_, _) => Task.FromResult(Get($"{Decisions}/export?year=2025&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("export research", $"GET {Research}/export", (_, _) => Task.FromResult(Get($"{Research}/export?year=2025&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("export info reports", $"GET {Info}/export", (_, _) => Task.FromResult(Get($"{Info}/export?box=sent&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("count info reports", $"GET {Info}/counts", (_, _) => Task.FromResult(Get($"{Info}/counts?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("deadlines", "GET /api/v1/deadlines", (_, _) => Task.FromResult(Get("/api/v1/deadlines")), OK, OK, OK, OK, Forbidden);
        yield return new("warning overview", "GET /api/v1/warning-overview", (_, _) => Task.FromResult(Get("/api/v1/warning-overview")), OK, OK, OK, OK, Forbidden);
    }
}
