using Gonghui.Features.Bargaining;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>The bargaining endpoints: inside is the high-technology union (CY-GX), outside the education union (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static async Task<long> FreshAssociationAsync(GonghuiApp app, string? unionCode) =>
        await app.InScopeAsync(async sp => (await sp.GetRequiredService<CreateIndustryAssociation>().HandleAsync(
            await AssociationInputAsync(app, unionCode), CancellationToken.None)).Value!.Id);

    private static async Task<IndustryAssociationInput> AssociationInputAsync(GonghuiApp app, string? unionCode) => new()
    {
        Name = "矩阵协会" + Guid.NewGuid().ToString("N")[..8],
        Kind = AssociationKind.Association,
        IndustrySection = "I",
        UnionId = unionCode is null ? null : await app.UnionIdAsync(unionCode),
        Version = 1,
    };

    private static async Task<CreateNegotiation.Request> NegotiationBodyAsync(GonghuiApp app, string unionCode) =>
        new(await app.UnionIdAsync(unionCode), ContractKind.IndustryWage, "矩阵协商", CounterpartyKind.Association, await FreshAssociationAsync(app, null), null, BargainingSide.Union, new DateOnly(2025, 1, 2));

    /// <summary>A negotiation of the union, taken as far as <paramref name="stage"/> (Requested, Answered, Opened or Drafted).</summary>
    private static async Task<long> FreshNegotiationAsync(GonghuiApp app, string unionCode, NegotiationStage stage = NegotiationStage.Requested)
    {
        var body = await NegotiationBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp =>
        {
            var id = (await sp.GetRequiredService<CreateNegotiation>().HandleAsync(body, CancellationToken.None)).Value!.Id;
            if (stage >= NegotiationStage.Answered)
            {
                await sp.GetRequiredService<RecordAnswer>().HandleAsync(id, new(new DateOnly(2025, 1, 10), null, null), CancellationToken.None);
                var team = Enumerable.Range(0, 6).Select(i => new SetNegotiators.Entry(i < 3 ? BargainingSide.Union : BargainingSide.Employer, $"代表{i}", null, i % 3 == 0)).ToList();
                await sp.GetRequiredService<SetNegotiators>().HandleAsync(id, new(team, null), CancellationToken.None);
            }

            if (stage >= NegotiationStage.Opened)
            {
                await sp.GetRequiredService<OpenNegotiation>().HandleAsync(id, new(new DateOnly(2025, 1, 15), null), CancellationToken.None);
            }

            if (stage >= NegotiationStage.Drafted)
            {
                await sp.GetRequiredService<DraftContract>().HandleAsync(id, ContractBody(null) with { Version = null }, CancellationToken.None);
            }

            return id;
        });
    }

    private static CollectiveContractInput ContractBody(long? unionId, long? associationId = null) => new()
    {
        UnionId = unionId,
        Kind = ContractKind.Enterprise,
        Title = "矩阵合同",
        CounterpartyKind = CounterpartyKind.Association,
        AssociationId = associationId,
        StartOn = new DateOnly(2025, 3, 1),
        EndOn = new DateOnly(2027, 2, 28),
        Version = 1,
    };

    /// <summary>A contract of the union entered on its own, signed when asked, filed and received, objected to.</summary>
    private static async Task<long> FreshContractAsync(GonghuiApp app, string unionCode, int steps = 0)
    {
        var body = ContractBody(await app.UnionIdAsync(unionCode), await FreshAssociationAsync(app, null));
        return await app.InScopeAsync(async sp =>
        {
            var id = (await sp.GetRequiredService<CreateCollectiveContract>().HandleAsync(body, CancellationToken.None)).Value!.Id;
            if (steps >= 1)
            {
                await sp.GetRequiredService<SignCollectiveContract>().HandleAsync(id, new(new DateOnly(2025, 2, 12), "甲", "乙", null), CancellationToken.None);
            }

            if (steps >= 2)
            {
                await sp.GetRequiredService<FileCollectiveContract>().HandleAsync(id, new(new DateOnly(2025, 2, 20), new DateOnly(2025, 2, 21), null), CancellationToken.None);
            }

            if (steps >= 3)
            {
                await sp.GetRequiredService<RecordObjection>().HandleAsync(id, new(new DateOnly(2025, 2, 25), "异议", null), CancellationToken.None);
            }

            return id;
        });
    }

    private static async Task<object> ContractJsonAsync(GonghuiApp app, string unionCode) =>
        new { unionId = await app.UnionIdAsync(unionCode), kind = "enterprise", title = "矩阵合同", counterpartyKind = "association", associationId = await FreshAssociationAsync(app, null), startOn = "2025-03-01", endOn = "2027-02-28", version = 1 };

    private static readonly object Draft = new { title = "矩阵草案", startOn = "2025-03-01", endOn = "2027-02-28" };

    private static readonly object Team = new
    {
        negotiators = Enumerable.Range(0, 6).Select(i => new { side = i < 3 ? "union" : "employer", name = $"代表{i}", isChief = i % 3 == 0 }).ToList(),
    };

    private static (string Path, Func<long, object> Body)[] DemocraticBodies() =>
    [
        ("workers-congresses", e => new { enterpriseId = e, heldOn = "2025-04-01", entitled = 30, present = 30, agenda = "审议", version = 1 }),
        ("factory-affairs-openness", e => new { enterpriseId = e, publishedOn = "2025-05-01", title = "公示", version = 1 }),
        ("employee-seats", e => new { enterpriseId = e, kind = "employee-director", holderName = "董事", termStartOn = "2025-01-01", version = 1 }),
    ];

    /// <summary>A record of the kind at a fresh enterprise of the union, written by the system.</summary>
    private static async Task<long> FreshDemocraticAsync(GonghuiApp app, string path, Func<long, object> body, string unionCode)
    {
        using var admin = await app.ClientAsAsync("admin");
        var created = await (await admin.PostJsonAsync($"/api/v1/{path}", body(await FreshEnterpriseAsync(app, unionCode)))).ReadNodeAsync();
        return (long)created["id"]!;
    }

    private static async Task<HttpRequestMessage> EditDemocraticAsync(GonghuiApp app, string path, Func<long, object> body, string unionCode)
    {
        using var admin = await app.ClientAsAsync("admin");
        var enterprise = await FreshEnterpriseAsync(app, unionCode);
        var created = await (await admin.PostJsonAsync($"/api/v1/{path}", body(enterprise))).ReadNodeAsync();
        return Send(HttpMethod.Put, $"/api/v1/{path}/{(long)created["id"]!}", body(enterprise));
    }

    private static IEnumerable<Case> BargainingCases()
    {
        const string Negotiations = "/api/v1/negotiations", Contracts = "/api/v1/collective-contracts", Associations = "/api/v1/industry-associations";

        Case Step(string name, string endpoint, string union, NegotiationStage stage, string path, object body, System.Net.HttpStatusCode ok) =>
            new(name, endpoint, async (a, _) => Send(HttpMethod.Post, $"{Negotiations}/{await FreshNegotiationAsync(a, union, stage)}/{path}", body),
                ok, ok, union == "CY-GX" ? ok : Forbidden, union == "CY-GX" ? ok : Forbidden, Forbidden);

        Case ContractStep(string name, string endpoint, string union, int steps, string path, object body) =>
            new(name, endpoint, async (a, _) => Send(HttpMethod.Post, $"{Contracts}/{await FreshContractAsync(a, union, steps)}/{path}", body),
                OK, OK, union == "CY-GX" ? OK : Forbidden, union == "CY-GX" ? OK : Forbidden, Forbidden);

        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = union == "CY-GX";
            var read = inside ? OK : NotFound;
            var write = inside ? OK : Forbidden;
            yield return new($"read association kept {where}", $"GET {Associations}/{{id:long}}", async (a, _) => Get($"{Associations}/{await FreshAssociationAsync(a, union)}"), OK, OK, OK, OK, Forbidden);
            yield return new($"create association {where}", $"POST {Associations}", async (a, _) => Send(HttpMethod.Post, Associations, await AssociationInputAsync(a, union)), Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
            yield return new($"edit association {where}", $"PUT {Associations}/{{id:long}}", async (a, _) => Send(HttpMethod.Put, $"{Associations}/{await FreshAssociationAsync(a, union)}", await AssociationInputAsync(a, union)), OK, OK, write, write, Forbidden);
            yield return new($"delete association {where}", $"DELETE {Associations}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Associations}/{await FreshAssociationAsync(a, union)}"), NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);

            yield return new($"read negotiation {where}", $"GET {Negotiations}/{{id:long}}", async (a, _) => Get($"{Negotiations}/{await FreshNegotiationAsync(a, union)}"), OK, OK, read, read, Forbidden);
            yield return new($"create negotiation {where}", $"POST {Negotiations}", async (a, _) => Send(HttpMethod.Post, Negotiations, await NegotiationBodyAsync(a, union)), Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
            yield return new($"delete negotiation {where}", $"DELETE {Negotiations}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Negotiations}/{await FreshNegotiationAsync(a, union)}"), NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
            yield return Step($"answer {where}", $"POST {Negotiations}/{{id:long}}/answer", union, NegotiationStage.Requested, "answer", new { answeredOn = "2025-01-10" }, OK);
            yield return new($"negotiators {where}", $"PUT {Negotiations}/{{id:long}}/negotiators", async (a, _) => Send(HttpMethod.Put, $"{Negotiations}/{await FreshNegotiationAsync(a, union)}/negotiators", Team), OK, OK, write, write, Forbidden);
            yield return Step($"opening {where}", $"POST {Negotiations}/{{id:long}}/opening", union, NegotiationStage.Answered, "opening", new { openedOn = "2025-01-15" }, OK);
            yield return Step($"round {where}", $"POST {Negotiations}/{{id:long}}/rounds", union, NegotiationStage.Opened, "rounds", new { heldOn = "2025-01-20", topics = "工资" }, Created);
            yield return Step($"draft {where}", $"POST {Negotiations}/{{id:long}}/draft", union, NegotiationStage.Opened, "draft", Draft, Created);
            yield return Step($"vote {where}", $"POST {Negotiations}/{{id:long}}/vote", union, NegotiationStage.Drafted, "vote", new { votedOn = "2025-02-10", body = "workers-congress", entitled = 30, present = 30, inFavour = 30 }, OK);
            yield return Step($"closure {where}", $"POST {Negotiations}/{{id:long}}/closure", union, NegotiationStage.Requested, "closure", new { closedOn = "2025-01-20", note = "对方拒绝" }, OK);

            yield return new($"read contract {where}", $"GET {Contracts}/{{id:long}}", async (a, _) => Get($"{Contracts}/{await FreshContractAsync(a, union)}"), OK, OK, read, read, Forbidden);
            yield return new($"create contract {where}", $"POST {Contracts}", async (a, _) => Send(HttpMethod.Post, Contracts, await ContractJsonAsync(a, union)), Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
            yield return new($"edit contract {where}", $"PUT {Contracts}/{{id:long}}", async (a, _) => Send(HttpMethod.Put, $"{Contracts}/{await FreshContractAsync(a, union)}", await ContractJsonAsync(a, union)), OK, OK, write, write, Forbidden);
            yield return new($"delete contract {where}", $"DELETE {Contracts}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Contracts}/{await FreshContractAsync(a, union)}"), NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
            yield return ContractStep($"signing {where}", $"POST {Contracts}/{{id:long}}/signing", union, 0, "signing", new { signedOn = "2025-02-12", unionChief = "甲", employerChief = "乙" });
            yield return ContractStep($"filing {where}", $"POST {Contracts}/{{id:long}}/filing", union, 1, "filing", new { filedOn = "2025-02-20", receivedOn = "2025-02-21" });
            yield return ContractStep($"objection {where}", $"POST {Contracts}/{{id:long}}/objection", union, 2, "objection", new { raisedOn = "2025-02-25", reason = "异议" });
            yield return ContractStep($"objection resolution {where}", $"POST {Contracts}/{{id:long}}/objection-resolution", union, 3, "objection-resolution", new { resolvedOn = "2025-03-20" });
        }

        foreach (var (where, union) in new[] { ("inside", "CY-GX-001"), ("outside", "CY-JY-001") })
        {
            var inside = union == "CY-GX-001";
            foreach (var (path, body) in DemocraticBodies())
            {
                yield return new($"record {path} {where}", $"POST /api/v1/{path}", async (a, _) => Send(HttpMethod.Post, $"/api/v1/{path}", body(await FreshEnterpriseAsync(a, union))),
                    Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
                yield return new($"edit {path} {where}", $"PUT /api/v1/{path}/{{id:long}}", async (a, _) => await EditDemocraticAsync(a, path, body, union),
                    OK, OK, inside ? OK : Forbidden, inside ? OK : Forbidden, Forbidden);
                yield return new($"delete {path} {where}", $"DELETE /api/v1/{path}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"/api/v1/{path}/{await FreshDemocraticAsync(a, path, body, union)}"),
                    NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
            }
        }

        foreach (var (path, _) in DemocraticBodies())
        {
            yield return new($"list {path}", $"GET /api/v1/{path}", (_, _) => Task.FromResult(Get($"/api/v1/{path}?year=2025")), OK, OK, OK, OK, Forbidden);
        }

        yield return new("democratic management", "GET /api/v1/democratic-management", (_, _) => Task.FromResult(Get("/api/v1/democratic-management?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("read district association", $"GET {Associations}/{{id:long}}", async (a, _) => Get($"{Associations}/{await FreshAssociationAsync(a, null)}"), OK, OK, OK, OK, Forbidden);
        yield return new("edit district association", $"PUT {Associations}/{{id:long}}", async (a, _) => Send(HttpMethod.Put, $"{Associations}/{await FreshAssociationAsync(a, null)}", await AssociationInputAsync(a, null)), OK, OK, Forbidden, Forbidden, Forbidden);
        yield return new("list associations", $"GET {Associations}", (_, _) => Task.FromResult(Get(Associations)), OK, OK, OK, OK, Forbidden);
        yield return new("list negotiations", $"GET {Negotiations}", (_, _) => Task.FromResult(Get(Negotiations)), OK, OK, OK, OK, Forbidden);
        yield return new("export negotiations", $"GET {Negotiations}/export", (_, _) => Task.FromResult(Get($"{Negotiations}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("export contracts", $"GET {Contracts}/export", (_, _) => Task.FromResult(Get($"{Contracts}/export?status=in-force&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("list contracts", $"GET {Contracts}", (_, _) => Task.FromResult(Get($"{Contracts}?status=in-force")), OK, OK, OK, OK, Forbidden);
        yield return new("wage standards", "GET /api/v1/wage-standards", (_, _) => Task.FromResult(Get("/api/v1/wage-standards?belowMinimum=true")), OK, OK, OK, OK, Forbidden);
        yield return new("bargaining coverage", "GET /api/v1/bargaining-coverage", (_, _) => Task.FromResult(Get("/api/v1/bargaining-coverage?year=2025&by=union")), OK, OK, OK, OK, Forbidden);
        yield return new("bargaining reminders", "GET /api/v1/bargaining-reminders", (_, _) => Task.FromResult(Get("/api/v1/bargaining-reminders")), OK, OK, OK, OK, Forbidden);
    }
}
