using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Members;

/// <summary>Whether the actor may see members' ID numbers and phones whole, and the audit entry each time they do.</summary>
public sealed class PersonalDataReveal(GonghuiDbContext db, CurrentActor actor)
{
    public bool Allowed => actor.MayRevealPersonalData;

    public async Task RecordAsync(IReadOnlyCollection<MemberRow> shown, CancellationToken ct)
    {
        if (shown.Count == 0)
        {
            return;
        }

        var ids = string.Join(',', shown.Select(m => m.Id));
        db.RecordEvent("reveal", nameof(Member), shown.Count == 1 ? shown.First().Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            $"{{\"members\":[{ids}]}}", shown.Count == 1 ? shown.First().UnionId : null);
        await db.SaveChangesAsync(ct);
    }
}
