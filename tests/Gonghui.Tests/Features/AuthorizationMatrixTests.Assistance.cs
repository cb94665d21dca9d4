using Gonghui.Features.Assistance;
using Gonghui.Features.Assistance.Rules;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Assistance cases (issue 18): proposed at a grassroots union under the high-technology union (CY-GX-001, inside) or education (CY-JY-001, outside).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static readonly DateOnly AidDay = new(2025, 3, 1);

    private static async Task<AssistanceProposal> AidBodyAsync(GonghuiApp app, string unionCode, AssistanceKind kind = AssistanceKind.CriticalIllness) =>
        new(await app.UnionIdAsync(unionCode), await FreshMemberAsync(app, unionCode), null, null, kind, AidDay, 3, 2000m, "矩阵致困原因", "矩阵");

    /// <summary>A fresh case taken <paramref name="steps"/> along the chain: reviewed, then approved.</summary>
    private static async Task<AssistanceCaseDto> FreshCaseAsync(GonghuiApp app, string unionCode, int steps = 0, AssistanceKind kind = AssistanceKind.CriticalIllness)
    {
        var body = await AidBodyAsync(app, unionCode, kind);
        return await app.InScopeAsync(async sp =>
        {
            var cases = sp.GetRequiredService<AssistanceCases>();
            var c = (await cases.ProposeAsync(body, CancellationToken.None)).Value!;
            foreach (var action in new[] { AssistanceAction.Review, AssistanceAction.Approve }.Take(steps))
            {
                c = (await cases.StepAsync(c.Id, action, new AssistanceStepInput(AidDay.AddDays(1), "矩阵", null, c.Version), CancellationToken.None)).Value!;
            }

            return c;
        });
    }

    private static IEnumerable<Case> AidCases()
    {
        const string Cases = "/api/v1/assistance-cases";
        yield return new("list assistance cases", $"GET {Cases}", (_, _) => Task.FromResult(Get($"{Cases}?year=2025&kind=critical-illness&status=approved")), OK, OK, OK, OK, Forbidden);
        yield return new("list assistance cases revealed", $"GET {Cases}", (_, _) => Task.FromResult(Get($"{Cases}?year=2025&reveal=true&pageSize=5")), OK, Forbidden, OK, Forbidden, Forbidden);
        yield return new("export assistance cases", $"GET {Cases}/export", (_, _) => Task.FromResult(Get($"{Cases}/export?year=2025&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("assistance tallies", $"GET {Cases}/tallies", (_, _) => Task.FromResult(Get($"{Cases}/tallies?year=2025")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX-001"), ("outside", "CY-JY-001") })
        {
            var inside = union == "CY-GX-001";
            var (ok, created, read) = (inside ? OK : Forbidden, inside ? Created : Forbidden, inside ? OK : NotFound);
            yield return new($"read assistance case {where}", $"GET {Cases}/{{id:long}}", async (a, _) => Get($"{Cases}/{(await FreshCaseAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"reveal assistance case {where}", $"GET {Cases}/{{id:long}}", async (a, _) => Get($"{Cases}/{(await FreshCaseAsync(a, union)).Id}?reveal=true"),
                OK, Forbidden, read, Forbidden, Forbidden);
            yield return new($"propose assistance case {where}", $"POST {Cases}", async (a, _) => Send(HttpMethod.Post, Cases, await AidBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            foreach (var (path, steps, kind, districtOnly) in new[]
            {
                ("review", 0, AssistanceKind.CriticalIllness, false), ("approve", 1, AssistanceKind.CriticalIllness, true), ("decline", 0, AssistanceKind.CriticalIllness, false),
                ("yearly-review", 2, AssistanceKind.HardshipFile, false), ("close", 2, AssistanceKind.CriticalIllness, false),
            })
            {
                var unionAnswer = districtOnly ? Forbidden : ok;
                yield return new($"{path} assistance case {where}", $"POST {Cases}/{{id:long}}/{path}", async (a, _) =>
                    {
                        var c = await FreshCaseAsync(a, union, steps, kind);
                        return Send(HttpMethod.Post, $"{Cases}/{c.Id}/{path}", new AssistanceStepInput(AidDay.AddDays(2), "矩阵意见", YearlyReviewOutcome.Renewed, c.Version));
                    }, OK, OK, unionAnswer, unionAnswer, Forbidden);
            }

            yield return new($"pay assistance case {where}", $"POST {Cases}/{{id:long}}/payments", async (a, _) =>
                {
                    var c = await FreshCaseAsync(a, union, 2);
                    return Send(HttpMethod.Post, $"{Cases}/{c.Id}/payments", new AssistancePaymentInput(AidDay.AddDays(3), 100m, PaymentMethod.BankTransfer, c.Version));
                }, OK, OK, ok, ok, Forbidden);

            // A case's evidence is as sensitive as its details: only the roles that handle cases reach it (404 to others, as if it were not there).
            var docs = AssistanceCaseDocuments.Owner;
            var (handlerAdds, handlerReads, handlerRemoves) = (inside ? Created : Forbidden, inside ? OK : NotFound, inside ? NoContent : Forbidden);
            yield return new($"upload assistance case document {where}", $"POST {Cases}/{{id:long}}/documents", async (a, _) => Upload(docs, (await FreshCaseAsync(a, union)).Id),
                Created, Forbidden, handlerAdds, Forbidden, Forbidden);
            yield return new($"download assistance case document {where}", $"GET {Cases}/{{id:long}}/documents/{{documentId:long}}",
                async (a, _) => Get(await FreshDocumentAsync(a, docs, typeof(AssistanceCaseDocuments), (await FreshCaseAsync(a, union)).Id)), OK, NotFound, handlerReads, NotFound, Forbidden);
            yield return new($"remove assistance case document {where}", $"DELETE {Cases}/{{id:long}}/documents/{{documentId:long}}",
                async (a, _) => Send(HttpMethod.Delete, await FreshDocumentAsync(a, docs, typeof(AssistanceCaseDocuments), (await FreshCaseAsync(a, union)).Id)),
                NoContent, Forbidden, handlerRemoves, Forbidden, Forbidden);
        }
    }
}
