using System.Collections.Concurrent;
using Gonghui.Features.Evaluations;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Members' evaluation (issue 17): inside is the high-technology union (CY-GX), outside the education union (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    /// <summary>Rounds made so far per database and union: a union holds one round a year per subject, so each takes the next free pair from 2000 on.</summary>
    private static readonly ConcurrentDictionary<string, int> RoundsMade = new();

    private static async Task<EvaluationInput> EvaluationBodyAsync(GonghuiApp app, string unionCode)
    {
        var n = RoundsMade.AddOrUpdate($"{app.Provider}:{unionCode}", 0, (_, k) => k + 1);
        return new(await app.UnionIdAsync(unionCode), (EvaluationSubject)(n % 2), new DateOnly(2000 + (n / 2), 6, 1), 50, 40, 5, 5, null, [new("食堂价格偏高", "重新议价", null)], 1);
    }

    private static async Task<long> FreshEvaluationAsync(GonghuiApp app, string unionCode)
    {
        var body = await EvaluationBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<RecordEvaluation>().HandleAsync(body, CancellationToken.None)).Value!.Id);
    }

    private static IEnumerable<Case> EvaluationCases()
    {
        const string Rounds = "/api/v1/evaluations";
        yield return new("list evaluation rounds", $"GET {Rounds}", (_, _) => Task.FromResult(Get($"{Rounds}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export evaluation rounds", $"GET {Rounds}/export", (_, _) => Task.FromResult(Get($"{Rounds}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = union == "CY-GX";
            yield return new($"read evaluation round {where}", $"GET {Rounds}/{{id:long}}", async (a, _) => Get($"{Rounds}/{await FreshEvaluationAsync(a, union)}"), OK, OK, inside ? OK : NotFound, inside ? OK : NotFound, Forbidden);
            yield return new($"record evaluation round {where}", $"POST {Rounds}", async (a, _) => Send(HttpMethod.Post, Rounds, await EvaluationBodyAsync(a, union)), Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
            yield return new($"edit evaluation round {where}", $"PUT {Rounds}/{{id:long}}", async (a, _) =>
                {
                    var id = await FreshEvaluationAsync(a, union);
                    var round = await a.InScopeAsync(sp => sp.GetRequiredService<EvaluationReader>().ReadAsync(id, CancellationToken.None, ignoreScope: true));
                    return Send(HttpMethod.Put, $"{Rounds}/{id}", new EvaluationInput(null, round!.Subject, round.HeldOn, 50, 45, 5, 0, "更正", [new("食堂价格偏高", "已重新议价", round.HeldOn)], round.Version));
                },
                OK, OK, inside ? OK : Forbidden, inside ? OK : Forbidden, Forbidden);
            yield return new($"delete evaluation round {where}", $"DELETE {Rounds}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Rounds}/{await FreshEvaluationAsync(a, union)}"),
                NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
        }
    }
}
