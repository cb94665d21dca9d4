using Gonghui.Features.Congresses;
using Gonghui.Features.Organisation;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Members' congresses and elections (issue 17): inside is a fresh grassroots union under the high-technology union (CY-GX), outside one under education (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static TermInput TermBody(long unionId) => new(unionId, CongressKind.MembersCongress, 1, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), false, 1);

    private static async Task<TermDto> FreshTermAsync(GonghuiApp app, string parentCode)
    {
        var union = await FreshUnionAsync(app, parentCode, "congress");
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<OpenCongressTerm>().HandleAsync(TermBody(union.Id), CancellationToken.None)).Value!);
    }

    private static SessionInput SessionBody(long termId, int number = 1) => new(termId, number, SessionKind.Election, new DateOnly(2024, 1, 10), 10, 9, null, [new AgendaItemInput("工作报告", 8, 1, 0)], 1);

    private static async Task<SessionDto> FreshSessionAsync(GonghuiApp app, string parentCode)
    {
        var term = await FreshTermAsync(app, parentCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<HoldCongressSession>().HandleAsync(SessionBody(term.Id), CancellationToken.None)).Value!);
    }

    /// <summary>A chair election at a fresh session, one member elected; sent up for approval when asked.</summary>
    private static async Task<(ElectionDto Election, ElectionInput Body)> FreshElectionAsync(GonghuiApp app, string parentCode, bool submitted = false)
    {
        var session = await FreshSessionAsync(app, parentCode);
        var code = await app.DbAsync(db => Task.FromResult(db.Unions.Where(u => u.Id == session.UnionId).Select(u => u.Code).First()));
        var member = await FreshMemberAsync(app, code);
        var body = new ElectionInput(session.Id, ElectionOffice.Chair, null, 1, null, 9, 9, [new CandidateInput(member, 8)], 1);
        var election = await app.InScopeAsync(async sp =>
        {
            var recorded = (await sp.GetRequiredService<RecordElection>().HandleAsync(body, CancellationToken.None)).Value!;
            return submitted ? (await sp.GetRequiredService<SubmitElection>().HandleAsync(recorded.Id, new SubmitElection.Request(null), CancellationToken.None)).Value! : recorded;
        });
        return (election, body);
    }

    private static IEnumerable<Case> CongressCases()
    {
        const string Terms = "/api/v1/congress-terms", Sessions = "/api/v1/congress-sessions", Elections = "/api/v1/elections";
        yield return new("list congress terms", $"GET {Terms}", (_, _) => Task.FromResult(Get(Terms)), OK, OK, OK, OK, Forbidden);
        yield return new("export congress terms", $"GET {Terms}/export", (_, _) => Task.FromResult(Get($"{Terms}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("list congress sessions", $"GET {Sessions}", (_, _) => Task.FromResult(Get($"{Sessions}?year=2024")), OK, OK, OK, OK, Forbidden);
        yield return new("export congress sessions", $"GET {Sessions}/export", (_, _) => Task.FromResult(Get($"{Sessions}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("list elections", $"GET {Elections}", (_, _) => Task.FromResult(Get($"{Elections}?status=submitted")), OK, OK, OK, OK, Forbidden);
        yield return new("export elections", $"GET {Elections}/export", (_, _) => Task.FromResult(Get($"{Elections}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, parent) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = parent == "CY-GX";
            var read = inside ? OK : NotFound;
            var write = inside ? OK : Forbidden;
            var created = inside ? Created : Forbidden;
            var deleted = inside ? NoContent : Forbidden;
            yield return new($"read congress term {where}", $"GET {Terms}/{{id:long}}", async (a, _) => Get($"{Terms}/{(await FreshTermAsync(a, parent)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"open congress term {where}", $"POST {Terms}", async (a, _) => Send(HttpMethod.Post, Terms, TermBody((await FreshUnionAsync(a, parent, "term")).Id)), Created, Created, created, created, Forbidden);
            yield return new($"edit congress term {where}", $"PUT {Terms}/{{id:long}}", async (a, _) =>
            {
                var term = await FreshTermAsync(a, parent);
                return Send(HttpMethod.Put, $"{Terms}/{term.Id}", TermBody(term.UnionId));
            }, OK, OK, write, write, Forbidden);
            yield return new($"delete congress term {where}", $"DELETE {Terms}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Terms}/{(await FreshTermAsync(a, parent)).Id}"), NoContent, NoContent, deleted, deleted, Forbidden);
            yield return new($"read congress session {where}", $"GET {Sessions}/{{id:long}}", async (a, _) => Get($"{Sessions}/{(await FreshSessionAsync(a, parent)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"hold congress session {where}", $"POST {Sessions}", async (a, _) => Send(HttpMethod.Post, Sessions, SessionBody((await FreshTermAsync(a, parent)).Id)), Created, Created, created, created, Forbidden);
            yield return new($"edit congress session {where}", $"PUT {Sessions}/{{id:long}}", async (a, _) =>
            {
                var session = await FreshSessionAsync(a, parent);
                return Send(HttpMethod.Put, $"{Sessions}/{session.Id}", SessionBody(session.TermId));
            }, OK, OK, write, write, Forbidden);
            yield return new($"delete congress session {where}", $"DELETE {Sessions}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Sessions}/{(await FreshSessionAsync(a, parent)).Id}"), NoContent, NoContent, deleted, deleted, Forbidden);
            yield return new($"read election {where}", $"GET {Elections}/{{id:long}}", async (a, _) => Get($"{Elections}/{(await FreshElectionAsync(a, parent)).Election.Id}"), OK, OK, read, read, Forbidden);
            yield return new($"record election {where}", $"POST {Elections}", async (a, _) =>
            {
                var (_, body) = await FreshElectionAsync(a, parent);
                return Send(HttpMethod.Post, Elections, body with { Office = ElectionOffice.ViceChair });
            }, Created, Created, created, created, Forbidden);
            yield return new($"edit election {where}", $"PUT {Elections}/{{id:long}}", async (a, _) =>
            {
                var (election, body) = await FreshElectionAsync(a, parent);
                return Send(HttpMethod.Put, $"{Elections}/{election.Id}", body);
            }, OK, OK, write, write, Forbidden);
            yield return new($"delete election {where}", $"DELETE {Elections}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Elections}/{(await FreshElectionAsync(a, parent)).Election.Id}"), NoContent, NoContent, deleted, deleted, Forbidden);
            yield return new($"submit election {where}", $"POST {Elections}/{{id:long}}/submission", async (a, _) => Send(HttpMethod.Post, $"{Elections}/{(await FreshElectionAsync(a, parent)).Election.Id}/submission", new { }),
                OK, OK, write, write, Forbidden);
            // The union above a grassroots union under CY-GX is CY-GX itself: its staff answer it.
            yield return new($"approve election {where}", $"POST {Elections}/{{id:long}}/approval", async (a, _) => Send(HttpMethod.Post, $"{Elections}/{(await FreshElectionAsync(a, parent, submitted: true)).Election.Id}/approval", new { }),
                OK, OK, read, read, Forbidden);
            yield return new($"return election {where}", $"POST {Elections}/{{id:long}}/return", async (a, _) => Send(HttpMethod.Post, $"{Elections}/{(await FreshElectionAsync(a, parent, submitted: true)).Election.Id}/return", new { reason = "请补充材料" }),
                OK, OK, read, read, Forbidden);
            yield return new($"committee {where}", "GET /api/v1/committee-seats", async (a, _) => Get($"/api/v1/committee-seats?unionId={(await FreshUnionAsync(a, parent, "committee")).Id}"), OK, OK, OK, OK, Forbidden);
        }
    }
}
