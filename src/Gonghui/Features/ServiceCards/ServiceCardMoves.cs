using Gonghui.Features.Members;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.ServiceCards;

/// <summary>A member's Jing Card is theirs, not the union's: a transfer moves it to the new membership record.</summary>
public sealed class ServiceCardMoves(GonghuiDbContext db) : IFollowsMember
{
    public async Task MoveAsync(long fromMemberId, long toMemberId, CancellationToken ct)
    {
        if (await db.Set<ServiceCard>().IgnoreQueryFilters().FirstOrDefaultAsync(c => c.MemberId == fromMemberId, ct) is { } card)
        {
            card.MemberId = toMemberId;
            await db.SaveChangesAsync(ct);
        }
    }
}
