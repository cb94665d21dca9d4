using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>The employers' side of a negotiation or contract: an association, or an enterprise (a leading one for "leading enterprise").</summary>
internal static class Counterparty
{
    public static async Task CheckAsync(GonghuiDbContext db, IStringLocalizer t, ValidationErrors e, CounterpartyKind? kind, long? associationId, long? enterpriseId, CancellationToken ct)
    {
        switch (kind)
        {
            case null:
                e.Add("counterpartyKind", t["Bargaining.CounterpartyKindRequired"]);
                break;
            case CounterpartyKind.Association:
                if (associationId is not long a || !await db.Set<IndustryAssociation>().AnyAsync(x => x.Id == a, ct))
                {
                    e.Add("associationId", t["Bargaining.AssociationMissing"]);
                }

                break;
            default:
                var enterprise = enterpriseId is long id
                    ? await db.Enterprises.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => new { x.IsLeading }).FirstOrDefaultAsync(ct)
                    : null;
                if (enterprise is null)
                {
                    e.Add("enterpriseId", t["Bargaining.EnterpriseMissing"]);
                }
                else if (kind == CounterpartyKind.LeadingEnterprise && !enterprise.IsLeading)
                {
                    e.Add("enterpriseId", t["Bargaining.EnterpriseNotLeading"]);
                }

                break;
        }
    }

    /// <summary>Keeps the one id the kind uses.</summary>
    public static (long? AssociationId, long? EnterpriseId) Ids(CounterpartyKind kind, long? associationId, long? enterpriseId) =>
        kind == CounterpartyKind.Association ? (associationId, null) : (null, enterpriseId);
}
