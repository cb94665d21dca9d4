using System.Net;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Gonghui.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Gonghui.Tests.Features;

/// <summary>
/// Every list page's export holds what the list gives the same caller under the same filters, row for row, in its
/// language; each export is audited; a list longer than a page is read whole.
/// </summary>
public abstract class ListExportTests(GonghuiApp app)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    public static TheoryData<string, string, string> Lists => new()
    {
        { "/api/v1/joint-meetings", $"year={Year}", "JointMeeting" },
        { "/api/v1/decision-meetings", $"year={Year}", "DecisionMeeting" },
        { "/api/v1/decision-research", $"year={Year}", "DecisionResearch" },
        { "/api/v1/info-reports", "box=sent", "InfoReport" },
        { "/api/v1/leadership-sessions", $"year={Year}", "LeadershipSession" },
        { "/api/v1/negotiations", "", "Negotiation" },
        { "/api/v1/collective-contracts", "", "CollectiveContract" },
        { "/api/v1/officers", "", "Officer" },
        { "/api/v1/warning-cases", "", "WarningCase" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_export_holds_the_lists_rows(string list, string filters, string entity)
    {
        foreach (var login in new[] { "admin", "hitech-staff" })
        {
            using var client = await app.ClientAsAsync(login);
            var total = (int)(await WorkforceReportTests.OkAsync(await client.GetAsync($"{list}?{filters}&pageSize=1")))["total"]!;
            var before = await ExportsAsync(entity);

            var response = await client.GetAsync($"{list}/export?{filters}&format=xlsx");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(total, rows.Count);
            Assert.Equal(before + 1, await ExportsAsync(entity));
        }

        using var english = await app.ClientAsAsync("admin", "en");
        var csv = await english.GetAsync($"{list}/export?{filters}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotMatch("[\u4e00-\u9fff]", (await csv.Content.ReadAsStringAsync()).Split('\n')[0]);
    }

    [Fact]
    public async Task A_list_longer_than_a_page_is_exported_whole()
    {
        var items = Enumerable.Range(1, (2 * PageQuery.MaxPageSize) + 34).ToList();
        var result = await app.InScopeAsync(sp => sp.GetRequiredService<ListExport>().WriteAsync("Test", "numbers",
            page => Task.FromResult(new PagedResult<int>(items.Skip((page.PageNumber - 1) * page.Size).Take(page.Size).ToList(), items.Count, page.PageNumber, page.Size)),
            new PageQuery(null, null, null, null), n => new Dictionary<string, object?> { ["n"] = n }, "xlsx", CancellationToken.None));
        var context = new DefaultHttpContext { RequestServices = app.Services };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        body.Position = 0;
        Assert.Equal(items, body.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => Convert.ToInt32(r["n"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private Task<int> ExportsAsync(string entity) =>
        app.DbAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.Action == "export" && e.EntityType == entity)));
}

[Collection("sqlite")]
public sealed class ListExportTestsOnSqlite(SqliteApp app) : ListExportTests(app);

[Collection("postgres")]
public sealed class ListExportTestsOnPostgres(PostgresApp app) : ListExportTests(app);
