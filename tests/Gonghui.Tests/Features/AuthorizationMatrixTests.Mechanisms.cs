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
        yield return new("workforce report matrix", $"GET {Reports}/matrix", (_, _) => Task.FromResult(Get($"{Reports}/matrix?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("list warning cases", $"GET {Cases}", (_, _) => Task.FromResult(Get($"{Cases}?overdue=true")), OK, OK, OK, OK, Forbidden);
        yield return new("report signals", $"GET {Cases}/report-signals", (_, _) => Task.FromResult(Get($"{Cases}/report-signals?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("warning overview", "GET /api/v1/warning-overview", (_, _) => Task.FromResult(Get("/api/v1/warning-overview")), OK, OK, OK, OK, Forbidden);
    }
}
