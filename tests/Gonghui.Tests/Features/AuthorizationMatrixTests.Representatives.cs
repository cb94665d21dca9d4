using Gonghui.Features.Congresses;
using Gonghui.Features.Representatives;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Permanent representatives (issue 17): inside is a fresh union under the high-technology union (CY-GX), outside one under education (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    /// <summary>A permanent-representative term at a fresh union under <paramref name="parentCode"/>, and a member of it to elect.</summary>
    private static async Task<RepresentativeInput> RepresentativeBodyAsync(GonghuiApp app, string parentCode)
    {
        var union = await FreshUnionAsync(app, parentCode, "representative");
        var term = await app.InScopeAsync(async sp => (await sp.GetRequiredService<OpenCongressTerm>().HandleAsync(
            new TermInput(union.Id, CongressKind.MembersCongress, 1, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), true, null), CancellationToken.None)).Value!);
        return new(term.Id, await FreshMemberAsync(app, union.Code), "矩阵选区", ConstituencyKind.Enterprise, new DateOnly(2024, 1, 10), true, false, null, 1);
    }

    private static async Task<long> FreshRepresentativeAsync(GonghuiApp app, string parentCode)
    {
        var body = await RepresentativeBodyAsync(app, parentCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<ElectRepresentative>().HandleAsync(body, CancellationToken.None)).Value!.Id);
    }

    private static IEnumerable<Case> RepresentativeCases()
    {
        const string Representatives = "/api/v1/representatives";
        yield return new("list representatives", $"GET {Representatives}", (_, _) => Task.FromResult(Get(Representatives)), OK, OK, OK, OK, Forbidden);
        yield return new("export representatives", $"GET {Representatives}/export", (_, _) => Task.FromResult(Get($"{Representatives}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("list represented terms", $"GET {Representatives}/terms", (_, _) => Task.FromResult(Get($"{Representatives}/terms")), OK, OK, OK, OK, Forbidden);
        yield return new("representative ratios", $"GET {Representatives}/ratios", async (a, _) => Get($"{Representatives}/ratios?termId={(await RepresentativeBodyAsync(a, "CY-GX")).TermId}"), OK, OK, OK, OK, Forbidden);
        foreach (var (where, parent) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = parent == "CY-GX";
            yield return new($"read representative {where}", $"GET {Representatives}/{{id:long}}", async (a, _) => Get($"{Representatives}/{await FreshRepresentativeAsync(a, parent)}"),
                OK, OK, inside ? OK : NotFound, inside ? OK : NotFound, Forbidden);
            yield return new($"elect representative {where}", $"POST {Representatives}", async (a, _) => Send(HttpMethod.Post, Representatives, await RepresentativeBodyAsync(a, parent)),
                Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
            yield return new($"edit representative {where}", $"PUT {Representatives}/{{id:long}}", async (a, _) =>
                    Send(HttpMethod.Put, $"{Representatives}/{await FreshRepresentativeAsync(a, parent)}", new RepresentativeInput(null, null, "矩阵选区（更正）", ConstituencyKind.Workshop, new DateOnly(2024, 2, 1), false, true, null, 1)),
                OK, OK, inside ? OK : Forbidden, inside ? OK : Forbidden, Forbidden);
            yield return new($"end representative {where}", $"POST {Representatives}/{{id:long}}/end", async (a, _) =>
                    Send(HttpMethod.Post, $"{Representatives}/{await FreshRepresentativeAsync(a, parent)}/end", new RepresentativeEndInput(RepresentativeEnd.Resigned, new DateOnly(2025, 3, 1), "调离本单位", 1)),
                OK, OK, inside ? OK : Forbidden, inside ? OK : Forbidden, Forbidden);
            yield return new($"delete representative {where}", $"DELETE {Representatives}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Representatives}/{await FreshRepresentativeAsync(a, parent)}"),
                NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
        }
    }
}
