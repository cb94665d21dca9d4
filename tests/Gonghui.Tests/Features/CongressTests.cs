using System.Net;
using System.Text.Json.Nodes;
using Gonghui.Tests.Infrastructure;

namespace Gonghui.Tests.Features;

/// <summary>Members' congresses (issue 17): terms, sessions with their quorum, elections counted by L10, and their approval by the higher union.</summary>
public abstract class CongressTests(GonghuiApp app)
{
    private static Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => WorkforceReportTests.OkAsync(response, expected);

    private static IEnumerable<string> Fields(JsonNode problem) => problem["errors"]!.AsObject().Select(x => x.Key).Order();

    /// <summary>A fresh grassroots union under the high-technology union, with members to stand as candidates.</summary>
    private async Task<(long Union, long[] Members)> UnionWithMembersAsync(int members)
    {
        using var client = await app.ClientAsAsync("hitech-admin");
        var union = await OkAsync(await client.PostJsonAsync("/api/v1/unions", new
        {
            code = $"C{Guid.NewGuid():N}"[..20], name = "选举测试工会", kind = "grassroots-union", parentId = await app.UnionIdAsync("CY-GX"),
        }), HttpStatusCode.Created);
        var id = (long)union["id"]!;
        var ids = new long[members];
        for (var i = 0; i < members; i++)
        {
            ids[i] = (long)(await OkAsync(await client.PostJsonAsync("/api/v1/members", new { name = $"候选人{i}", idNumber = MemberApiTests.NewIdNumber(), unionId = id }), HttpStatusCode.Created))["id"]!;
        }

        return (id, ids);
    }

    [Fact]
    public async Task A_union_s_own_staff_never_approve_its_own_election_only_the_union_above_does()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        using var admin = await app.ClientAsAsync("hitech-admin");
        using var district = await app.ClientAsAsync("district-staff");
        var gx = await app.UnionIdAsync("CY-GX");
        var member = (long)(await OkAsync(await admin.PostJsonAsync("/api/v1/members", new { name = "本会主席候选人", idNumber = MemberApiTests.NewIdNumber(), unionId = await app.UnionIdAsync("CY-GX-001") }), HttpStatusCode.Created))["id"]!;
        // A term long past, so that it meets no other test's term of the high-technology union itself.
        var term = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-terms", new { unionId = gx, kind = "members-congress", number = 1, startsOn = "2001-01-01", endsOn = "2005-12-31" }), HttpStatusCode.Created);
        var session = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-sessions", new { termId = (long)term["id"]!, number = 1, kind = "election", heldOn = "2001-01-10", entitled = 30, present = 28 }), HttpStatusCode.Created);
        var election = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId = (long)session["id"]!, office = "chair", seats = 1, ballotsIssued = 28, ballotsReturned = 28, candidates = new[] { new { memberId = member, votes = 26 } },
        }), HttpStatusCode.Created);
        var submitted = await OkAsync(await staff.PostJsonAsync($"/api/v1/elections/{(long)election["id"]!}/submission", new { version = (long)election["version"]! }));

        // The union's own administrator sees it waiting but may not decide it; the district, the union above, may.
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostJsonAsync($"/api/v1/elections/{(long)submitted["id"]!}/approval", new { version = (long)submitted["version"]! })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostJsonAsync($"/api/v1/elections/{(long)submitted["id"]!}/return", new { reason = "自己退回", version = (long)submitted["version"]! })).StatusCode);
        var returned = await OkAsync(await district.PostJsonAsync($"/api/v1/elections/{(long)submitted["id"]!}/return", new { reason = "请附选举办法", version = (long)submitted["version"]! }));
        Assert.Equal("returned", (string)returned["status"]!);
    }

    [Fact]
    public async Task A_congress_runs_from_its_term_to_the_approved_election_and_the_chair_changes_with_history()
    {
        using var staff = await app.ClientAsAsync("hitech-staff");
        using var district = await app.ClientAsAsync("district-staff");
        var (union, m) = await UnionWithMembersAsync(5);

        // A term of seven years is refused; three to five are the district's default.
        var tooLong = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-terms", new { unionId = union, kind = "members-congress", number = 1, startsOn = "2024-01-01", endsOn = "2030-12-31" }), HttpStatusCode.BadRequest);
        Assert.Equal(["endsOn"], Fields(tooLong));
        var term = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-terms", new { unionId = union, kind = "members-congress", number = 1, startsOn = "2024-01-01", endsOn = "2028-12-31", permanentRepresentatives = true }), HttpStatusCode.Created);
        var termId = (long)term["id"]!;
        var overlap = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-terms", new { unionId = union, kind = "members-congress", number = 2, startsOn = "2026-01-01", endsOn = "2029-12-31" }), HttpStatusCode.BadRequest);
        Assert.Equal(["startsOn"], Fields(overlap));

        // L10: 19 of 30 is one short of two thirds: kept, shown invalid, and nothing elected at it can go up.
        var short1 = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-sessions", new { termId, number = 1, kind = "election", heldOn = "2024-01-10", entitled = 30, present = 19 }), HttpStatusCode.Created);
        Assert.False((bool)short1["quorate"]!);
        Assert.Equal(20, (int)short1["quorumNeeded"]!);
        var atShort = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId = (long)short1["id"]!, office = "chair", seats = 1, ballotsIssued = 19, ballotsReturned = 19, candidates = new[] { new { memberId = m[0], votes = 19 } },
        }), HttpStatusCode.Created);
        var refused = await staff.PostJsonAsync($"/api/v1/elections/{(long)atShort["id"]!}/submission", new { version = (long)atShort["version"]! });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("三分之二", await refused.Content.ReadAsStringAsync());

        // Two thirds exactly: valid. An item passes with more than half of those entitled (16 of 30), not with 15.
        var session = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-sessions", new
        {
            termId, number = 2, kind = "election", heldOn = "2024-01-20", entitled = 30, present = 20, minutes = "选举产生第一届委员会",
            agendaItems = new[] { new { title = "工会工作报告", @for = 16, against = 2, abstain = 2 }, new { title = "经费审查报告", @for = 15, against = 3, abstain = 2 } },
        }), HttpStatusCode.Created);
        Assert.True((bool)session["quorate"]!);
        Assert.Equal([true, false], session["agendaItems"]!.AsArray().Select(a => (bool)a!["passed"]!));
        var sessionId = (long)session["id"]!;
        var overVotes = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-sessions", new
        {
            termId, number = 3, kind = "annual", heldOn = "2025-01-20", entitled = 30, present = 20, agendaItems = new[] { new { title = "报告", @for = 15, against = 5, abstain = 1 } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["agendaItems[0].for"], Fields(overVotes));

        // Committee members: 3 seats need 4 candidates (5 %, rounded up); more ballots back than issued is void.
        var notCompetitive = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId, office = "committee-member", seats = 3, ballotsIssued = 20, ballotsReturned = 20,
            candidates = m[..3].Select(id => new { memberId = id, votes = 18 }).ToArray(),
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["candidates"], Fields(notCompetitive));
        var voidElection = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId, office = "committee-member", seats = 3, ballotsIssued = 20, ballotsReturned = 21,
            candidates = m[..4].Select(id => new { memberId = id, votes = 18 }).ToArray(),
        }), HttpStatusCode.Created);
        Assert.Equal("void", (string)voidElection["outcome"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostJsonAsync($"/api/v1/elections/{(long)voidElection["id"]!}/submission", new { version = (long)voidElection["version"]! })).StatusCode);

        // The chair: 15 of 30 entitled is not more than half, so a further round between the two.
        var first = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId, office = "chair", seats = 1, ballotsIssued = 20, ballotsReturned = 20,
            candidates = new[] { new { memberId = m[0], votes = 15 }, new { memberId = m[1], votes = 5 } },
        }), HttpStatusCode.Created);
        Assert.Equal("runoff", (string)first["outcome"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostJsonAsync($"/api/v1/elections/{(long)first["id"]!}/submission", new { version = (long)first["version"]! })).StatusCode);
        var stranger = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId, office = "chair", previousRoundId = (long)first["id"]!, seats = 1, ballotsIssued = 20, ballotsReturned = 20,
            candidates = new[] { new { memberId = m[0], votes = 17 }, new { memberId = m[2], votes = 3 } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["candidates[1].memberId"], Fields(stranger));
        var second = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId, office = "chair", previousRoundId = (long)first["id"]!, seats = 1, ballotsIssued = 20, ballotsReturned = 20,
            candidates = new[] { new { memberId = m[0], votes = 17 }, new { memberId = m[1], votes = 3 } },
        }), HttpStatusCode.Created);
        Assert.Equal(("complete", 2), ((string)second["outcome"]!, (int)second["round"]!));
        var secondId = (long)second["id"]!;
        var submitted = await OkAsync(await staff.PostJsonAsync($"/api/v1/elections/{secondId}/submission", new { version = (long)second["version"]! }));
        Assert.Equal("submitted", (string)submitted["status"]!);
        Assert.Equal("submitted", (string)(await OkAsync(await staff.GetAsync($"/api/v1/elections/{(long)first["id"]!}")))["status"]!);
        var waiting = await OkAsync(await district.GetAsync($"/api/v1/elections?status=submitted&unionId={union}"));
        Assert.Contains(waiting["items"]!.AsArray(), r => (long)r!["id"]! == secondId);

        // The higher union returns it with a reason (one is required), the union sends it again, and it is approved.
        var noReason = await OkAsync(await district.PostJsonAsync($"/api/v1/elections/{secondId}/return", new { version = (long)submitted["version"]! }), HttpStatusCode.BadRequest);
        Assert.Equal(["reason"], Fields(noReason));
        var returned = await OkAsync(await district.PostJsonAsync($"/api/v1/elections/{secondId}/return", new { reason = "请补充计票单", version = (long)submitted["version"]! }));
        Assert.Equal(("returned", "请补充计票单"), ((string)returned["status"]!, (string)returned["returnReason"]!));
        var again = await OkAsync(await staff.PostJsonAsync($"/api/v1/elections/{secondId}/submission", new { version = (long)returned["version"]! }));
        var approved = await OkAsync(await district.PostJsonAsync($"/api/v1/elections/{secondId}/approval", new { version = (long)again["version"]! }));
        Assert.Equal("approved", (string)approved["status"]!);
        Assert.Equal("候选人0", (string)(await OkAsync(await staff.GetAsync($"/api/v1/unions/{union}")))["chairName"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutJsonAsync($"/api/v1/elections/{secondId}", new { sessionId, office = "chair", seats = 1, ballotsIssued = 1, ballotsReturned = 1, candidates = Array.Empty<object>(), version = (long)approved["version"]! })).StatusCode);

        // A later approved chair election ends the first chair's seat: the committee keeps its history.
        var next = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId, office = "chair", seats = 1, ballotsIssued = 20, ballotsReturned = 20, candidates = new[] { new { memberId = m[3], votes = 19 } },
        }), HttpStatusCode.Created);
        var nextSubmitted = await OkAsync(await staff.PostJsonAsync($"/api/v1/elections/{(long)next["id"]!}/submission", new { version = (long)next["version"]! }));
        await OkAsync(await staff.PostJsonAsync($"/api/v1/elections/{(long)next["id"]!}/approval", new { version = (long)nextSubmitted["version"]! }));
        var seats = (await OkAsync(await staff.GetAsync($"/api/v1/committee-seats?unionId={union}"))).AsArray();
        Assert.Equal([("候选人3", true), ("候选人0", false)], seats.Select(s => ((string)s!["name"]!, s["toOn"] is null)));
        Assert.Equal("候选人3", (string)(await OkAsync(await staff.GetAsync($"/api/v1/unions/{union}")))["chairName"]!);

        // A session with elections, and a term with sessions, stay.
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/v1/congress-sessions/{sessionId}?version={(long)session["version"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/v1/congress-terms/{termId}?version={(long)term["version"]!}")).StatusCode);
        var export = await staff.GetAsync($"/api/v1/elections/export?unionId={union}&format=csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("工会主席", await export.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_candidate_must_be_a_member_of_the_union_or_below_and_bad_values_name_their_field()
    {
        using var staff = await app.ClientAsAsync("hitech-staff", "en");
        var (union, m) = await UnionWithMembersAsync(1);
        var (_, elsewhere) = await UnionWithMembersAsync(1);
        var term = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-terms", new { unionId = union, kind = "members-assembly", number = 3, startsOn = "2025-03-01", endsOn = "2028-02-29" }), HttpStatusCode.Created);
        var session = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-sessions", new { termId = (long)term["id"]!, number = 1, kind = "election", heldOn = "2025-03-01", entitled = 10, present = 9 }), HttpStatusCode.Created);
        var bad = await OkAsync(await staff.PostJsonAsync("/api/v1/elections", new
        {
            sessionId = (long)session["id"]!, office = "vice-chair", seats = 1, ballotsIssued = 11, ballotsReturned = 9,
            candidates = new[] { new { memberId = elsewhere[0], votes = 5 }, new { memberId = m[0], votes = 10 } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["ballotsIssued", "candidates[0].memberId", "candidates[1].votes"], Fields(bad));
        Assert.Contains("member of this union", bad.ToJsonString());
        var outside = await OkAsync(await staff.PostJsonAsync("/api/v1/congress-sessions", new { termId = (long)term["id"]!, number = 2, kind = "annual", heldOn = "2029-03-01", entitled = 0, present = 1 }), HttpStatusCode.BadRequest);
        Assert.Equal(["entitled", "heldOn"], Fields(outside));
    }
}

[Collection("sqlite")]
public sealed class CongressTestsOnSqlite(SqliteApp app) : CongressTests(app);

[Collection("postgres")]
public sealed class CongressTestsOnPostgres(PostgresApp app) : CongressTests(app);
