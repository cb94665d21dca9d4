using Gonghui.Features.Representatives;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Representatives' proposals (issue 17): inside is a fresh union under the high-technology union (CY-GX), outside one under education (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static async Task<ProposalInput> ProposalBodyAsync(GonghuiApp app, string parentCode)
    {
        var rep = await FreshRepresentativeAsync(app, parentCode);
        var term = (await app.InScopeAsync(sp => sp.GetRequiredService<RepresentativeReader>().ReadAsync(rep, CancellationToken.None, ignoreScope: true)))!.TermId;
        return new(term, null, ProposalKind.Proposal, ProposalCategory.Wages, "矩阵提案", "内容", new DateOnly(2025, 3, 1), [rep], 1);
    }

    /// <summary>A proposal taken through the steps before <paramref name="until"/>: submitted, then assigned, answered, or closed with an unsatisfied rating.</summary>
    private static async Task<ProposalDto> FreshProposalAsync(GonghuiApp app, string parentCode, ProposalStatus until = ProposalStatus.Submitted)
    {
        var body = await ProposalBodyAsync(app, parentCode);
        return await app.InScopeAsync(async sp =>
        {
            var p = (await sp.GetRequiredService<SubmitProposal>().HandleAsync(body, CancellationToken.None)).Value!;
            if (until >= ProposalStatus.Assigned)
            {
                p = (await sp.GetRequiredService<ReviewProposal>().HandleAsync(p.Id, new(ProposalKind.Proposal, new DateOnly(2025, 3, 2), AssigneeKind.Management, "行政部", null, p.Version), CancellationToken.None)).Value!;
            }

            if (until >= ProposalStatus.Answered)
            {
                p = (await sp.GetRequiredService<AnswerProposal>().HandleAsync(p.Id, new(new DateOnly(2025, 3, 20), "已研究", p.Version), CancellationToken.None)).Value!;
            }

            if (until >= ProposalStatus.Closed)
            {
                p = (await sp.GetRequiredService<RateProposal>().HandleAsync(p.Id, new(ProposalRating.Dissatisfied, new DateOnly(2025, 3, 25), p.Version), CancellationToken.None)).Value!;
            }

            return p;
        });
    }

    private static IEnumerable<Case> ProposalCases()
    {
        const string Proposals = "/api/v1/proposals";
        yield return new("list proposals", $"GET {Proposals}", (_, _) => Task.FromResult(Get($"{Proposals}?year=2025&overdue=true")), OK, OK, OK, OK, Forbidden);
        yield return new("export proposals", $"GET {Proposals}/export", (_, _) => Task.FromResult(Get($"{Proposals}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("proposal tallies", $"GET {Proposals}/tallies", (_, _) => Task.FromResult(Get($"{Proposals}/tallies?year=2025")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, parent) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = parent == "CY-GX";
            var (ok, created, noContent) = (inside ? OK : Forbidden, inside ? Created : Forbidden, inside ? NoContent : Forbidden);
            yield return new($"read proposal {where}", $"GET {Proposals}/{{id:long}}", async (a, _) => Get($"{Proposals}/{(await FreshProposalAsync(a, parent)).Id}"),
                OK, OK, inside ? OK : NotFound, inside ? OK : NotFound, Forbidden);
            yield return new($"submit proposal {where}", $"POST {Proposals}", async (a, _) => Send(HttpMethod.Post, Proposals, await ProposalBodyAsync(a, parent)), Created, Created, created, created, Forbidden);
            yield return new($"edit proposal {where}", $"PUT {Proposals}/{{id:long}}", async (a, _) =>
                {
                    var p = await FreshProposalAsync(a, parent);
                    return Send(HttpMethod.Put, $"{Proposals}/{p.Id}", new ProposalInput(p.TermId, null, ProposalKind.Suggestion, ProposalCategory.Welfare, "矩阵提案（更正）", "", p.SubmittedOn,
                        [p.Proposers[0].RepresentativeId], p.Version));
                },
                OK, OK, ok, ok, Forbidden);
            yield return new($"review proposal {where}", $"POST {Proposals}/{{id:long}}/review", async (a, _) =>
                    Send(HttpMethod.Post, $"{Proposals}/{(await FreshProposalAsync(a, parent)).Id}/review", new ProposalReviewInput(ProposalKind.Suggestion, new DateOnly(2025, 3, 5), AssigneeKind.UnionOffice, "组织部", null, 1)),
                OK, OK, ok, ok, Forbidden);
            yield return new($"answer proposal {where}", $"POST {Proposals}/{{id:long}}/answer", async (a, _) =>
                {
                    var p = await FreshProposalAsync(a, parent, ProposalStatus.Assigned);
                    return Send(HttpMethod.Post, $"{Proposals}/{p.Id}/answer", new ProposalAnswerInput(new DateOnly(2025, 3, 10), "已落实", p.Version));
                },
                OK, OK, ok, ok, Forbidden);
            yield return new($"rate proposal {where}", $"POST {Proposals}/{{id:long}}/rate", async (a, _) =>
                {
                    var p = await FreshProposalAsync(a, parent, ProposalStatus.Answered);
                    return Send(HttpMethod.Post, $"{Proposals}/{p.Id}/rate", new ProposalRatingInput(ProposalRating.Satisfied, new DateOnly(2025, 3, 21), p.Version));
                },
                OK, OK, ok, ok, Forbidden);
            yield return new($"reopen proposal {where}", $"POST {Proposals}/{{id:long}}/reopen", async (a, _) =>
                {
                    var p = await FreshProposalAsync(a, parent, ProposalStatus.Closed);
                    return Send(HttpMethod.Post, $"{Proposals}/{p.Id}/reopen", new ProposalReopenInput(new DateOnly(2025, 3, 26), "措施不具体", null, null, null, p.Version));
                },
                OK, OK, ok, ok, Forbidden);
            yield return new($"delete proposal {where}", $"DELETE {Proposals}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Proposals}/{(await FreshProposalAsync(a, parent)).Id}"),
                NoContent, NoContent, noContent, noContent, Forbidden);
        }
    }
}
