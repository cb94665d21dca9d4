using Gonghui.Features.Assessment.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>GET /api/v1/compliance/trend?unionId=&amp;years=</c>: one industrial union's standing over its last years (default 5,
/// at most 10): per year the count of rules met, not met, not applicable and without data, and each rule's status.
/// </summary>
public sealed class GetComplianceTrend(GetCompliance compliance, IStringLocalizer<SharedResource> t)
{
    public sealed record Year(int Value, int Met, int NotMet, int NotApplicable, int NoData, IReadOnlyDictionary<string, ComplianceStatus> Rules);

    public sealed record Result(long UnionId, string UnionName, IReadOnlyList<Year> Years);

    public async Task<Outcome<Result>> HandleAsync(long? unionId, int? years, CancellationToken ct)
    {
        if (unionId is null)
        {
            return Outcome.Invalid("unionId", t["Compliance.UnionRequired"]);
        }

        var count = Math.Clamp(years ?? 5, 1, 10);
        var last = LocalizationSetup.Today.Year;
        var list = new List<Year>();
        string? name = null;
        for (var y = last - count + 1; y <= last; y++)
        {
            var outcome = await compliance.HandleAsync(y, unionId, ct);
            if (!outcome.IsOk)
            {
                return outcome.Failed<Result>();
            }

            var items = outcome.Value!.Items;
            name = outcome.Value.Unions.Single().Name;
            int Count(ComplianceStatus s) => items.Count(i => i.Status == s);
            list.Add(new Year(y, Count(ComplianceStatus.Met), Count(ComplianceStatus.NotMet), Count(ComplianceStatus.NotApplicable), Count(ComplianceStatus.NoData),
                items.ToDictionary(i => i.Rule, i => i.Status)));
        }

        return new Result(unionId.Value, name!, list);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/trend", async (GetComplianceTrend h, Problems p, long? unionId, int? years, CancellationToken ct) =>
                (await h.HandleAsync(unionId, years, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetComplianceTrend");
}
