using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Portal;
using Gonghui.Infrastructure.Data;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>
/// R13: the share of each industrial union's unions that the public directory shows with their chair and a phone: the
/// registry as it stands, or the figures kept when the year was closed.
/// </summary>
public sealed class DirectoryCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IRegistryCheck
{
    public string Rule => "R13";

    public string Module => "Portal";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var target = context.Settings.Get<PortalSettings>().DirectoryTarget;
        var figures = context.Kept?.Of<DirectoryCounts>(Rule) ?? await ReadAsync(context, ct);
        return context.Unions.ToDictionary(u => u.Id, u =>
        {
            var f = figures.GetValueOrDefault(u.Id) ?? new DirectoryCounts(0, 0);
            Evidence[] evidence = f.Unions == 0 ? [] :
                [new("union-listings", null, t["Listing.Evidence", f.Complete.ToString("N0"), f.Unions.ToString("N0")], null,
                    $"/api/v1/union-listings?underUnionId={u.Id}&incomplete=true", $"/directory/listings?underUnionId={u.Id}")];
            return DirectoryCompliance.Evaluate(f, target, evidence);
        });
    }

    public async Task<IReadOnlyDictionary<long, string>> ReadRegistryAsync(ComplianceContext context, CancellationToken ct) =>
        (await ReadAsync(context, ct)).ToDictionary(f => f.Key, f => KeptYear.Write(f.Value));

    private async Task<IReadOnlyDictionary<long, DirectoryCounts>> ReadAsync(ComplianceContext context, CancellationToken ct)
    {
        var unions = await DirectoryFacts.ByUnionAsync(db, ct);
        return context.Unions.ToDictionary(u => u.Id, u => DirectoryFacts.Under(unions, u.Path));
    }
}
