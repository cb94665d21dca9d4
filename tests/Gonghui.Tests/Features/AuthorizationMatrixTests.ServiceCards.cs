using Gonghui.Features.ServiceCards;
using Gonghui.Features.ServiceCards.Rules;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Jing Cards (issue 18): inside is a grassroots union under the high-technology union (CY-GX-001), outside one under education (CY-JY-001).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static string CardNumber() => $"621483{Random.Shared.NextInt64(1_000_000_000L, 9_999_999_999L)}";

    private static DateOnly CardDay => new(2025, 3, 1);

    /// <summary>A fresh member's card, applied for and taken <paramref name="steps"/> further (issued, then reported lost).</summary>
    private static async Task<ServiceCardDto> FreshCardAsync(GonghuiApp app, string unionCode, int steps = 0)
    {
        var member = await FreshMemberAsync(app, unionCode);
        return await app.InScopeAsync(async sp =>
        {
            var card = (await sp.GetRequiredService<ApplyServiceCard>().HandleAsync(new ServiceCardApplication(member, CardDay, "矩阵网点"), CancellationToken.None)).Value!;
            var step = sp.GetRequiredService<StepServiceCard>();
            foreach (var s in new[] { ServiceCardStep.Issue, ServiceCardStep.ReportLost }.Take(steps))
            {
                card = (await step.HandleAsync(card.Id, s, new ServiceCardStepInput(CardDay, CardNumber(), null, null, card.Version), CancellationToken.None)).Value!;
            }

            return card;
        });
    }

    private static IEnumerable<Case> ServiceCardCases()
    {
        const string Cards = "/api/v1/service-cards";
        yield return new("list service cards", $"GET {Cards}", (_, _) => Task.FromResult(Get($"{Cards}?status=issued&leavers=false")), OK, OK, OK, OK, Forbidden);
        yield return new("list service cards revealed", $"GET {Cards}", (_, _) => Task.FromResult(Get($"{Cards}?reveal=true&pageSize=5")), OK, Forbidden, OK, Forbidden, Forbidden);
        yield return new("search service cards by number", $"POST {Cards}/search", (_, _) => Task.FromResult(Send(HttpMethod.Post, $"{Cards}/search", new { q = CardNumber() })), OK, OK, OK, OK, Forbidden);
        yield return new("export service cards", $"GET {Cards}/export", (_, _) => Task.FromResult(Get($"{Cards}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("card issuance", $"GET {Cards}/issuance", (_, _) => Task.FromResult(Get($"{Cards}/issuance")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, parent, union) in new[] { ("inside", "CY-GX", "CY-GX-001"), ("outside", "CY-JY", "CY-JY-001") })
        {
            var inside = parent == "CY-GX";
            var (ok, created, noContent, read) = (inside ? OK : Forbidden, inside ? Created : Forbidden, inside ? NoContent : Forbidden, inside ? OK : NotFound);
            yield return new($"export card applications {where}", $"GET {Cards}/applications/export", async (a, _) => Get($"{Cards}/applications/export?underUnionId={await a.UnionIdAsync(union)}&format=csv"),
                OK, Forbidden, read, Forbidden, Forbidden);
            yield return new($"record card applications {where}", $"POST {Cards}/applications", async (a, _) =>
                    Send(HttpMethod.Post, $"{Cards}/applications", new RecordCardApplications.Request((await FreshUnionAsync(a, parent, "cards")).Id, CardDay, "矩阵网点")),
                OK, OK, ok, ok, Forbidden);
            yield return new($"read service card {where}", $"GET {Cards}/{{id:long}}", async (a, _) => Get($"{Cards}/{(await FreshCardAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"apply for service card {where}", $"POST {Cards}", async (a, _) => Send(HttpMethod.Post, Cards, new ServiceCardApplication(await FreshMemberAsync(a, union), CardDay, "")),
                Created, Created, created, created, Forbidden);
            foreach (var (path, steps, needsNumber) in new[] { ("issue", 0, true), ("report-lost", 1, false), ("replace", 2, true), ("cancel", 1, false) })
            {
                yield return new($"{path} service card {where}", $"POST {Cards}/{{id:long}}/{path}", async (a, _) =>
                    {
                        var card = await FreshCardAsync(a, union, steps);
                        return Send(HttpMethod.Post, $"{Cards}/{card.Id}/{path}", new ServiceCardStepInput(CardDay, needsNumber ? CardNumber() : null, null, "矩阵", card.Version));
                    },
                    OK, OK, ok, ok, Forbidden);
            }

            yield return new($"delete service card {where}", $"DELETE {Cards}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Cards}/{(await FreshCardAsync(a, union)).Id}"),
                NoContent, NoContent, noContent, noContent, Forbidden);
        }
    }
}
