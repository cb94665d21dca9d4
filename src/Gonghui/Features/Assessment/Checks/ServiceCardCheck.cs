using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.ServiceCards;
using Gonghui.Infrastructure.Data;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>
/// R8: the share of each industrial union's active members (its own and its unions') holding a Jing Card in force: the
/// registry as it stands, or the figures kept when the year was closed.
/// </summary>
public sealed class ServiceCardCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IRegistryCheck
{
    public string Rule => "R8";

    public string Module => "Services";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var target = context.Settings.Get<ServiceCardSettings>().IssuanceTarget;
        var figures = context.Kept?.Of<CardCounts>(Rule) ?? await ReadAsync(context, ct);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var f = figures.GetValueOrDefault(u.Id) ?? CardCounts.None;
            Evidence[] evidence = f.Members == 0 ? [] :
                [new("service-cards", null, t["ServiceCard.Evidence", f.InForce.ToString("N0"), f.Members.ToString("N0"), f.Applied.ToString("N0")], null,
                    $"/api/v1/service-cards?underUnionId={u.Id}", $"/services/cards?underUnionId={u.Id}")];
            return ServiceCardCompliance.Evaluate(f, target, evidence);
        });
    }

    public async Task<IReadOnlyDictionary<long, string>> ReadRegistryAsync(ComplianceContext context, CancellationToken ct) =>
        (await ReadAsync(context, ct)).ToDictionary(f => f.Key, f => KeptYear.Write(f.Value));

    private async Task<IReadOnlyDictionary<long, CardCounts>> ReadAsync(ComplianceContext context, CancellationToken ct)
    {
        var byUnion = await ServiceCardFacts.ByUnionAsync(db, null, ct);
        return context.Unions.ToDictionary(u => u.Id, u => ServiceCardFacts.Under(byUnion, u.Path));
    }
}
