using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.Bargaining.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>PUT /api/v1/negotiations/{id}/negotiators</c>: both teams as a whole list. Teams may be built up before the opening;
/// once it is open, a change that would break L1 (equal sides of at least 3, one chief each) is refused.
/// </summary>
public sealed class SetNegotiators(NegotiationReader reader, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    public sealed record Entry(BargainingSide? Side, [property: MaxLength(50)] string? Name, [property: MaxLength(100)] string? Post, bool IsChief);

    public sealed record Request(IReadOnlyList<Entry>? Negotiators, long? Version);

    public Task<Outcome<NegotiationDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, n =>
        {
            if (reader.UnlessAt(n, NegotiationStage.Requested, NegotiationStage.Answered, NegotiationStage.Opened, NegotiationStage.Drafted) is { } wrong)
            {
                return wrong;
            }

            var e = new ValidationErrors();
            var entries = request.Negotiators ?? [];
            var people = new List<Negotiator>();
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (entry.Side is null)
                {
                    e.Add($"negotiators[{i}].side", t["Bargaining.SideRequired"]);
                }

                var name = e.Required(t, $"negotiators[{i}].name", entry.Name, 50, "Member.NameRequired");
                var post = e.Optional(t, $"negotiators[{i}].post", entry.Post, 100);
                if (entry.Side is { } side && name is not null)
                {
                    people.Add(new Negotiator { Side = side, Name = name, Post = post, IsChief = entry.IsChief });
                }
            }

            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            if (n.Stage != NegotiationStage.Requested && n.Stage != NegotiationStage.Answered && Teams(people, district.Get<BargainingSettings>()) is { Met: false } verdict)
            {
                return Outcome.RuleBroken("L1", Describe(verdict, t));
            }

            n.Negotiators.Clear();
            n.Negotiators.AddRange(people);
            return null;
        }, ct);

    internal static BargainingTeamsVerdict Teams(IReadOnlyCollection<Negotiator> people, BargainingSettings settings)
    {
        var union = people.Where(x => x.Side == BargainingSide.Union).ToList();
        var employer = people.Where(x => x.Side == BargainingSide.Employer).ToList();
        return BargainingTeamsRule.Evaluate(union.Count, employer.Count, union.Count(x => x.IsChief), employer.Count(x => x.IsChief), settings.MinimumNegotiators);
    }

    internal static string Describe(BargainingTeamsVerdict v, IStringLocalizer t) =>
        t["Bargaining.L1", v.Minimum, v.UnionSide, v.UnionChiefs, v.EmployerSide, v.EmployerChiefs];

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}/negotiators", async (long id, Request request, SetNegotiators h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SetNegotiators");
}
